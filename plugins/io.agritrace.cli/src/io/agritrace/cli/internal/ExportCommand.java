package io.agritrace.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.agritrace.core.epcis.EpcisDocumentWriter;
import io.agritrace.core.epcis.EpcisEvent;
import io.agritrace.core.trace.Trace;
import io.agritrace.store.TraceStore;

/**
 * {@code export CODE [--output FILE]}: the whole trace of a lot as an EPCIS 2.0
 * JSON-LD document that re-imports to the same Event Hash IDs.
 */
final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Export_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws IOException {
		Arguments args = new Arguments(name(), arguments, Set.of(), Set.of("--output"), 1); //$NON-NLS-1$
		try (TraceStore store = context.openStore()) {
			Trace trace = store.traces().trace(store.codes().resolve(args.positional(0)));
			List<EpcisEvent> events = trace.all().events();
			Map<String, String> prefixes = new HashMap<>();
			events.forEach(e -> prefixes.putAll(e.context().declared()));
			String file = args.option("--output", null); //$NON-NLS-1$
			OutputStream out = file == null ? context.out() : Files.newOutputStream(Path.of(file));
			try (EpcisDocumentWriter writer = new EpcisDocumentWriter(nonClosing(out), prefixes, Instant.now())) {
				events.forEach(writer::write);
			}
			if (file != null) {
				out.close();
			} else {
				context.out().println();
			}
		}
		return CliContext.OK;
	}

	/** Standard output stays open after the document is written. */
	private static OutputStream nonClosing(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				out.flush();
			}
		};
	}
}
