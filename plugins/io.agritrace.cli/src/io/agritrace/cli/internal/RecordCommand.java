package io.agritrace.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.epcis.EpcisContext;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.epcis.EpcisFormatException;
import io.agritrace.core.rules.RuleViolation;
import io.agritrace.store.RulesBrokenException;
import io.agritrace.store.TraceStore;

/**
 * {@code record FILE}: records one event (an EPCIS 2.0 event object in JSON)
 * made here. It must break no custody rule and name only registered parties,
 * locations and products; prints its Event Hash ID.
 */
final class RecordCommand implements CliCommand {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public String name() {
		return "record"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Record_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), Set.of(), 1);
		JsonNode json = JSON.readTree(Files.readString(Path.of(args.positional(0))));
		if (!json.isObject()) {
			throw new EpcisFormatException("$", "an event object is expected"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		EpcisEvent event = EpcisEvent.of((ObjectNode) json, EpcisContext.STANDARD_ONLY, "$"); //$NON-NLS-1$
		try (TraceStore store = context.openStore()) {
			if (store.importer().record(event).inserted() == 0) {
				context.err().println(Messages.Record_duplicate);
			}
			context.out().println(event.hashId());
			return CliContext.OK;
		} catch (RulesBrokenException e) {
			for (RuleViolation v : e.violations()) {
				context.err().println(v.rule());
			}
			return CliContext.FAILED;
		}
	}
}
