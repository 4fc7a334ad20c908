package io.agritrace.cli.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.ChainPreferences;
import io.agritrace.chain.AnchorTarget;
import io.agritrace.chain.ChainClient;
import io.agritrace.chain.ChainEndpoint;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.ChainStatus;
import io.agritrace.chain.DevelopmentOrganisations;
import io.agritrace.chain.LocalChain;
import io.agritrace.chain.SigningKey;
import io.agritrace.chain.SigningKeystore;
import io.agritrace.store.TraceStore;

/**
 * The chain options the anchoring commands share, over the chain preferences.
 * Secrets (a raw key, a keystore's password, the RPC token) come from the
 * environment only ({@link EnvironmentSecrets}). Unlike the workbench's
 * {@code ChainConnection}, the CLI never starts a chain: it joins the managed
 * local chain that {@code chain start} or the workbench runs.
 */
final class ChainOptions {

	/** Options the commands accept. */
	static final Set<String> NAMES = Set.of("--rpc-url", "--contract", "--chain-id", "--keystore", "--gas-price", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"--receipt-poll-ms"); //$NON-NLS-1$
	static final String RECORDER_KEY = "AGRITRACE_RECORDER_KEY"; //$NON-NLS-1$
	static final String REGULATOR_KEY = "AGRITRACE_REGULATOR_KEY"; //$NON-NLS-1$

	private final ChainSettings settings;
	private final EnvironmentSecrets secrets;
	final ChainEndpoint endpoint;
	final long chainId;

	/**
	 * Reads the options (else the preferences), and asks the node for its chain
	 * id, which must be the expected one when one is set.
	 */
	ChainOptions(String command, Arguments args, CliContext context) {
		ChainSettings configured = ChainPreferences.read(Platform.getPreferencesService());
		// On the managed local chain the network fields (kept for when it is switched off) do not apply.
		ChainSettings preferred = configured.managed() ? ChainSettings.DEFAULTS : configured;
		settings = new ChainSettings(preferred.managed(), args.option("--rpc-url", preferred.rpcUrl()), //$NON-NLS-1$
				args.longOption(command, "--chain-id", preferred.expectedChainId()), //$NON-NLS-1$
				args.option("--contract", preferred.contract()), args.option("--keystore", preferred.keystore()), //$NON-NLS-1$ //$NON-NLS-2$
				args.longOption(command, "--receipt-poll-ms", preferred.receiptPollMs()), //$NON-NLS-1$
				BigInteger.valueOf(args.longOption(command, "--gas-price", preferred.gasPrice().longValueExact()))); //$NON-NLS-1$
		secrets = new EnvironmentSecrets(context);
		try {
			endpoint = settings.endpoint(secrets.bearerToken());
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException(command + ": " + e.getMessage()); //$NON-NLS-1$
		}
		try (ChainClient client = ChainClient.connect(endpoint, settings.expectedChainId())) {
			ChainStatus status = client.status();
			if (!(status instanceof ChainStatus.Connected connected)) {
				throw new IllegalStateException(ChainCommand.describe(status));
			}
			chainId = connected.chainId();
		}
	}

	/** Every organisation's development key on the managed local chain, granted by its regulator. */
	private DevelopmentOrganisations developmentOrganisations(CliContext context) throws IOException {
		return new DevelopmentOrganisations(endpoint, chainId, contract(context), key(context, REGULATOR_KEY));
	}

	/**
	 * The workspace's anchoring on the chain the options name, signed with
	 * {@code key}; on the managed local chain with every organisation's
	 * development key for the custody record.
	 */
	AnchoringSession session(CliContext context, TraceStore store, SigningKey key) throws IOException {
		AnchorTarget target = new AnchorTarget(endpoint, chainId, contract(context), key);
		return new AnchoringSession(context.workspace(), store, target,
				isLocal(context) ? developmentOrganisations(context) : null);
	}

	/** True when the node is the workspace's managed local chain. */
	boolean isLocal(CliContext context) {
		return settings.rpcUrl().equals(context.localChain(LocalChain.DEFAULT_PORT).rpcUrl())
				&& chainId == LocalChain.CHAIN_ID;
	}

	/** --contract (else the preference), or the managed local chain's contract. */
	private String contract(CliContext context) throws IOException {
		String contract = settings.contract();
		if (contract.isEmpty() && isLocal(context)) {
			contract = context.localChain(LocalChain.DEFAULT_PORT).contract().orElse(""); //$NON-NLS-1$
		}
		if (contract.isEmpty()) {
			throw new Arguments.UsageException(Messages.Chain_contractRequired);
		}
		return contract;
	}

	/**
	 * The recorder's key from the keystore file (--keystore or the preference,
	 * password in {@value EnvironmentSecrets#KEYSTORE_PASSWORD}), else a raw key from the
	 * environment; on the managed local chain, anvil's public development key
	 * when the environment holds none.
	 */
	SigningKey recorderKey(CliContext context) throws ChainException {
		if (!settings.keystore().isEmpty() && !isLocal(context)) {
			String password = secrets.keystorePassword();
			if (password == null) {
				throw new Arguments.UsageException(
						NLS.bind(Messages.Chain_passwordRequired, EnvironmentSecrets.KEYSTORE_PASSWORD));
			}
			return SigningKeystore.signingKey(Path.of(settings.keystore()), password);
		}
		try {
			return SigningKey.of(key(context, RECORDER_KEY));
		} catch (IllegalArgumentException e) {
			throw new Arguments.UsageException(RECORDER_KEY + ": " + e.getMessage()); //$NON-NLS-1$
		}
	}

	/** A raw key from the environment, or anvil's development key on the managed local chain. */
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
