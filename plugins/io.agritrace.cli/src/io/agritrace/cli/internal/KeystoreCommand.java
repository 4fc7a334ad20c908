package io.agritrace.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.chain.ChainException;
import io.agritrace.chain.RegistryAdmin;
import io.agritrace.chain.SigningKeystore;

/**
 * {@code keystore new FOLDER}: a new signing account for a real network, in an
 * encrypted keystore file whose password comes from
 * {@value EnvironmentSecrets#KEYSTORE_PASSWORD}; prints the file and the account,
 * which the regulator then grants to the organisation.
 */
final class KeystoreCommand implements CliCommand {

	@Override
	public String name() {
		return "keystore"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Keystore_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		Arguments args = new Arguments(name(), arguments, Set.of(), Set.of(), 2);
		if (!"new".equals(args.positional(0))) { //$NON-NLS-1$
			throw new Arguments.UsageException(Texts.Keystore_actions.with(args.positional(0)));
		}
		String password = new EnvironmentSecrets(context).keystorePassword();
		if (password == null || password.length() < 8) {
			throw new Arguments.UsageException(Texts.Keystore_passwordRule.with(EnvironmentSecrets.KEYSTORE_PASSWORD));
		}
		try {
			Path file = SigningKeystore.create(Path.of(args.positional(1)), password);
			context.out().println(file);
			context.out().println(SigningKeystore.signingKey(file, password).address());
			return CliContext.OK;
		} catch (ChainException e) {
			context.err().println(Texts.Chain_failed.text(context.language(), e.text(context.language())));
			return CliContext.FAILED;
		}
	}
}
