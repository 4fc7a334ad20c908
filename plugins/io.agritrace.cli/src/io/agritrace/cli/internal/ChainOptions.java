package io.agritrace.cli.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Set;

import org.eclipse.core.runtime.Platform;

import io.agritrace.anchor.AnchoringSession;
import io.agritrace.anchor.ChainConnection;
import io.agritrace.anchor.ChainOverrides;
import io.agritrace.anchor.ChainPreferences;
import io.agritrace.anchor.MissingSettingException;
import io.agritrace.chain.ChainException;
import io.agritrace.chain.ChainSettings;
import io.agritrace.chain.LocalChain;
import io.agritrace.core.text.Localized;
import io.agritrace.store.TraceStore;

/**
 * The chain options the anchoring commands share, parsed into overrides of the
 * chain preferences; the session itself is assembled by the anchor bundle's
 * {@link ChainConnection}, which the CLI {@linkplain ChainConnection#join
 * joins}: it starts no chain, except for {@code scenario}, which
 * {@linkplain #open opens} one as the workbench does. Secrets (a raw key, a keystore's password,
 * the RPC token) come from the environment only ({@link EnvironmentSecrets}).
 */
final class ChainOptions {

	/** Options the commands accept. */
	static final Set<String> NAMES = Set.of("--rpc-url", "--contract", "--chain-id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"--keystore", "--gas-price", //$NON-NLS-1$ //$NON-NLS-2$
			"--receipt-poll-ms"); //$NON-NLS-1$

	private final String command;
	private final CliContext context;
	private final ChainOverrides overrides;
	private final EnvironmentSecrets secrets;

	ChainOptions(String command, Arguments args, CliContext context) {
		this.command = command;
		this.context = context;
		this.overrides = new ChainOverrides(args.option("--rpc-url", null), number(args, "--chain-id"), //$NON-NLS-1$ //$NON-NLS-2$
				args.option("--contract", null), args.option("--keystore", null), //$NON-NLS-1$ //$NON-NLS-2$
				number(args, "--receipt-poll-ms"), //$NON-NLS-1$
				args.flag("--gas-price") ? BigInteger.valueOf(number(args, "--gas-price")) : null); //$NON-NLS-1$ //$NON-NLS-2$
		this.secrets = new EnvironmentSecrets(context);
	}

	private Long number(Arguments args, String name) {
		return args.flag(name) ? args.longOption(command, name, 0) : null;
	}

	/**
	 * The workspace's anchoring on the chain the options name (joined, never
	 * started); a joined session owns no chain, so closing it closes all.
	 *
	 * @throws Arguments.UsageException naming the option or environment variable that is missing
	 */
	AnchoringSession join(TraceStore store, ChainConnection.Signing signing) throws ChainException, IOException {
		try {
			return ChainConnection.join(context.workspace(), store, overrides.over(configured()), secrets, signing)
					.session();
		} catch (MissingSettingException e) {
			throw usage(e);
		}
	}

	/**
	 * The workspace's anchoring as the workbench connects it: on the managed
	 * local chain (no {@code --rpc-url} given) the chain is started when none
	 * runs, for this process only, and closing the connection stops what it
	 * started; a network, or a chain already running, is joined.
	 *
	 * @throws Arguments.UsageException naming the option or environment variable that is missing
	 */
	ChainConnection open(TraceStore store) throws ChainException, IOException, InterruptedException {
		ChainSettings settings = overrides.over(configured());
		try {
			return settings.managed() && overrides.rpcUrl() == null
					? ChainConnection.open(context.workspace(), store, settings, secrets, LocalChain.Lifetime.THIS_PROCESS)
					: ChainConnection.join(context.workspace(), store, settings, secrets, ChainConnection.Signing.RECORDER);
		} catch (MissingSettingException e) {
			throw usage(e);
		}
	}

	/** Deploys a registry on the node the options name; see {@link ChainConnection#deploy}. */
	ChainConnection.Deployment deploy(String organisation) throws ChainException, IOException {
		try {
			return ChainConnection.deploy(context.workspace(), overrides.over(configured()), secrets, organisation);
		} catch (MissingSettingException e) {
			throw usage(e);
		}
	}

	private static ChainSettings configured() {
		return ChainPreferences.read(Platform.getPreferencesService());
	}

	/** Where the command line gives what is missing. */
	private Arguments.UsageException usage(MissingSettingException e) {
		return new Arguments.UsageException(switch (e.setting()) {
		case CONTRACT -> Texts.Chain_contractRequired.with();
		case KEYSTORE_PASSWORD -> Texts.Chain_passwordRequired.with(EnvironmentSecrets.KEYSTORE_PASSWORD);
		case RECORDER_KEY -> keyRequired(EnvironmentSecrets.RECORDER_KEY, e);
		case REGULATOR_KEY -> keyRequired(EnvironmentSecrets.REGULATOR_KEY, e);
		case KEYSTORE, ENDPOINT -> language -> command + ": " + e.text(language); //$NON-NLS-1$
		});
	}

	private Localized keyRequired(String variable, MissingSettingException e) {
		String given = context.environment(variable);
		return given == null || given.isBlank() ? Texts.Chain_keyRequired.with(variable)
				: language -> variable + ": " + e.text(language); //$NON-NLS-1$
	}
}
