package io.agritrace.cli.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

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
	public String summary() {
		return Messages.Deploy_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Set<String> options = new HashSet<>(ChainOptions.NAMES);
		options.add("--organisation"); //$NON-NLS-1$
		Arguments args = new Arguments(name(), arguments, Set.of(), options, 0);
		String organisation = args.option("--organisation", null); //$NON-NLS-1$
		if (organisation == null) {
			throw new Arguments.UsageException(Messages.Deploy_organisationRequired);
		}
		ChainOptions chain = new ChainOptions(name(), args, context);
		try {
			ChainConnection.Deployment deployed = chain.deploy(organisation);
			context.out().println(deployed.contract());
			context.err().println(NLS.bind(Messages.Deploy_granted, deployed.recorder(), organisation));
			return CliContext.OK;
		} catch (ChainException e) {
			context.err().println(NLS.bind(Messages.Chain_failed, e.text(context.language())));
			return CliContext.FAILED;
		}
	}
}
