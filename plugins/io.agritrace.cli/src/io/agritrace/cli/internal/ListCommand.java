package io.agritrace.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.store.TraceStore;

/** Lists the workspace's batches as tab-separated lines under a header. */
final class ListCommand implements CliCommand {

	@Override
	public String name() {
		return "list"; //$NON-NLS-1$
	}

	@Override
	public String summary(Locale language) {
		return Texts.List_summary.text(language);
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		new Arguments(name(), arguments, Set.of(), Set.of(), 0);
		try (TraceStore store = context.openStore()) {
			context.out().println(String.join("\t", "code", "product", "quantity", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"unit", "harvest_date", "origin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"trace_code", "certifications")); //$NON-NLS-1$ //$NON-NLS-2$
			for (ProductBatch b : store.batches().list()) {
				context.out().println(String.join("\t", b.code(), b.productName(), b.quantity().toPlainString(), //$NON-NLS-1$
						b.unit(), b.harvestDate().toString(), b.originDivision(), b.traceCode(),
						b.certificates().stream().map(Certificate::code).collect(Collectors.joining(Certificate.SEPARATOR))));
			}
		}
		return CliContext.OK;
	}
}
