package io.agritrace.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EpcisEventReader;
import io.agritrace.core.epcis.EventHashId;
import io.agritrace.core.rules.Correction;
import io.agritrace.service.Corrections;
import io.agritrace.store.RulesBrokenException;
import io.agritrace.store.TraceStore;

/**
 * {@code correct HASH_ID --reason incorrect_data --with FILE} or
 * {@code correct HASH_ID --reason did_not_occur}: declares a stored event
 * erroneous, the CBV 2.0 way, and records its corrective event (an EPCIS event
 * object in JSON) in the same transaction; prints the corrective event's hash ID.
 */
final class CorrectCommand implements CliCommand {

	private static final String REASON = "--reason"; //$NON-NLS-1$
	private static final String WITH = "--with"; //$NON-NLS-1$

	@Override
	public String name() {
		return "correct"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.Correct_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), Set.of(REASON, WITH), 1);
		EventHashId id;
		try {
			id = EventHashId.parse(args.positional(0));
		} catch (IllegalArgumentException e) {
			context.err().println(Texts.Correct_notHashId.text(context.language(), args.positional(0)));
			return CliContext.FAILED;
		}
		EpcisEvent corrective = null;
		String file = args.option(WITH, null);
		if (file != null) {
			try (InputStream in = Files.newInputStream(Path.of(file))) {
				corrective = EpcisEventReader.read(in);
			}
		}
		try (TraceStore store = context.openStore()) {
			try {
				if (new Corrections(store).correct(id, args.option(REASON, Correction.INCORRECT_DATA), corrective,
						OffsetDateTime.now(context.clock())).isEmpty()) {
					context.err().println(Texts.Correct_notStored.text(context.language(), id));
					return CliContext.FAILED;
				}
				context.out().println(corrective != null ? corrective.hashId() : id);
				return CliContext.OK;
			} catch (RulesBrokenException e) {
				return context.refused(e, store);
			}
		}
	}
}
