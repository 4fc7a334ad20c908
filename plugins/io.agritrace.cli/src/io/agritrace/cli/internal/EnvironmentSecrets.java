package io.agritrace.cli.internal;

import io.agritrace.anchor.ChainSecrets;

/**
 * The chain's secrets for the CLI: environment variables only, never the
 * command line (shell history, ps) or a file in plain text.
 */
final class EnvironmentSecrets implements ChainSecrets {

	static final String KEYSTORE_PASSWORD = "AGRITRACE_KEYSTORE_PASSWORD"; //$NON-NLS-1$
	static final String RPC_TOKEN = "AGRITRACE_RPC_TOKEN"; //$NON-NLS-1$
	static final String RECORDER_KEY = "AGRITRACE_RECORDER_KEY"; //$NON-NLS-1$
	static final String REGULATOR_KEY = "AGRITRACE_REGULATOR_KEY"; //$NON-NLS-1$

	private final CliContext context;

	EnvironmentSecrets(CliContext context) {
		this.context = context;
	}

	@Override
	public String keystorePassword() {
		return context.environment(KEYSTORE_PASSWORD);
	}

	@Override
	public String bearerToken() {
		return context.environment(RPC_TOKEN);
	}

	@Override
	public String recorderKey() {
		return context.environment(RECORDER_KEY);
	}

	@Override
	public String regulatorKey() {
		return context.environment(REGULATOR_KEY);
	}
}
