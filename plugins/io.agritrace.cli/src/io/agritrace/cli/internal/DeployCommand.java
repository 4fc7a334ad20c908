package io.agritrace.cli.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.anchor.ChainConnection;
import io.agritrace.chain.ChainException;

/**
 * {@code deploy --organisation URI [chain options]}: deploys the registry with
 * the regulator's key ({@value EnvironmentSecrets#REGULATOR_KEY}) and grants the
 * recorder key's account ({@value EnvironmentSecrets#RECORDER_KEY}) to the
 * organisation; prints the contract address.
 */
final class DeployCommand implements CliCommand {

	@Override
	public String name() {
		return "deploy"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Deploy_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Set<String> options = new HashSet<>(ChainOptions.NAMES);
		options.add("--organisation"); //$NON-NLS-1$
		Arguments args = new Arguments(name(), arguments, Set.of(), options, 0);
		String organisation = args.option("--organisation", null); //$NON-NLS-1$
		if (organisation == null) {
			throw new Arguments.UsageException(Texts.Deploy_organisationRequired.with());
		}
		ChainOptions chain = new ChainOptions(name(), args, context);
		try {
			ChainConnection.Deployment deployed = chain.deploy(organisation);
			context.out().println(deployed.contract());
			context.err().println(Texts.Deploy_granted.text(context.language(), deployed.recorder(), organisation));
			return CliContext.OK;
		} catch (ChainException e) {
			context.err().println(Texts.Chain_failed.text(context.language(), e.text(context.language())));
			return CliContext.FAILED;
		}
	}
}
