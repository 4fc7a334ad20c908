package io.agritrace.cli.internal;

import java.io.IOException;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import io.agritrace.chain.AnchorLedger;
import io.agritrace.chain.ChainClient;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;
import io.agritrace.chain.LocalChain;

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

	/** The registry contract the options name, signed for with {@code key}. */
	AnchorLedger ledger(Arguments args, CliContext context, String key) throws IOException {
		return AnchorLedger.connect(rpcUrl, chainId, contract(args, context), key);
	}

	/** True when the node is the workspace's managed local chain. */
	boolean isLocal(CliContext context) {
		return rpcUrl.equals(context.localChain(LocalChain.DEFAULT_PORT).rpcUrl()) && chainId == LocalChain.CHAIN_ID;
	}

	/** --contract, or the managed local chain's contract. */
	private String contract(Arguments args, CliContext context) throws IOException {
		String contract = args.option("--contract", null); //$NON-NLS-1$
		if (contract == null && isLocal(context)) {
			contract = context.localChain(LocalChain.DEFAULT_PORT).contract().orElse(null);
		}
		if (contract == null) {
			throw new Arguments.UsageException(Messages.Chain_contractRequired);
		}
		return contract;
	}

	/**
	 * A key from the environment; on the managed local chain, anvil's public
	 * development key when the environment holds none.
	 */
	String key(CliContext context, String variable) {
		String key = context.environment(variable);
		if ((key == null || key.isBlank()) && isLocal(context)) {
			key = REGULATOR_KEY.equals(variable) ? LocalChain.REGULATOR_KEY : LocalChain.RECORDER_KEY;
		}
		if (key == null || key.isBlank()) {
			throw new Arguments.UsageException(NLS.bind(Messages.Chain_keyRequired, variable));
		}
		return key.strip();
	}
}
