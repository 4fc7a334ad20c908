package io.agritrace.cli.internal;

import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import io.agritrace.chain.ChainClient;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;

/**
 * The chain options the anchoring commands share. Keys come from environment
 * variables only, never from the command line (shell history, ps) or files in
 * plain text.
 */
final class ChainOptions {

	/** Options the commands accept. */
	static final Set<String> NAMES = Set.of("--rpc-url", "--contract"); //$NON-NLS-1$ //$NON-NLS-2$
	static final String RECORDER_KEY = "AGRITRACE_RECORDER_KEY"; //$NON-NLS-1$
	static final String REGULATOR_KEY = "AGRITRACE_REGULATOR_KEY"; //$NON-NLS-1$

	final String rpcUrl;
	final long chainId;

	/** Reads the RPC URL (option, else preferences) and asks the node for its chain id. */
	ChainOptions(Arguments args) {
		rpcUrl = args.option("--rpc-url", ChainSettings.fromPreferences(Platform.getPreferencesService()).rpcUrl()); //$NON-NLS-1$
		try (ChainClient client = ChainClient.connect(new ChainSettings(rpcUrl))) {
			ChainStatus status = client.status();
			if (status instanceof ChainStatus.NotConnected n) {
				throw new IllegalStateException(NLS.bind(Messages.Chain_notConnected, rpcUrl, n.reason()));
			}
			chainId = ((ChainStatus.Connected) status).chainId();
		}
	}

	static String contract(Arguments args) {
		String contract = args.option("--contract", null); //$NON-NLS-1$
		if (contract == null) {
			throw new Arguments.UsageException(Messages.Chain_contractRequired);
		}
		return contract;
	}

	static String key(CliContext context, String variable) {
		String key = context.environment(variable);
		if (key == null || key.isBlank()) {
			throw new Arguments.UsageException(NLS.bind(Messages.Chain_keyRequired, variable));
		}
		return key.strip();
	}
}
