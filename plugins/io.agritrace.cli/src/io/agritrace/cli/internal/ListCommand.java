package io.agritrace.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.Naming;
import io.agritrace.service.Quantities;
import io.agritrace.store.TraceStore;

/**
 * Lists the workspace's batches as tab-separated lines under a header, in the
 * command's language: the product's name and the unit as words, each certificate
 * described; codes and plain numbers (quantity, county, trace code) as they are.
 */
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
		Locale language = context.language();
		try (TraceStore store = context.openStore()) {
			Naming naming = new Naming(store, language);
			context.out().println(Texts.List_header.text(language));
			for (ProductBatch b : store.batches().list()) {
				context.out().println(String.join("\t", b.code(), naming.product(b.code()).orElse(b.productName()), //$NON-NLS-1$
						b.quantity().toPlainString(), Quantities.unitName(b.unit(), language), b.harvestDate().toString(),
						b.originDivision(), b.traceCode(), b.certificates().stream().map(c -> c.describe(language))
								.collect(Collectors.joining(Certificate.SEPARATOR))));
			}
		}
		return CliContext.OK;
	}
}
