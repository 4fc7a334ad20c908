package io.agritrace.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.agritrace.core.model.Certificate;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.ProductBatch;
import io.agritrace.service.Naming;
import io.agritrace.service.Quantities;
import io.agritrace.store.TraceStore;

/**
 * Lists the workspace's batches as tab-separated lines under a header, lined up,
 * in the command's language: the product's, unit's and county's names, each
 * certificate described; codes and plain numbers (quantity, trace code) as they are.
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
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of(Texts.List_header.text(language).split("\t"))); //$NON-NLS-1$
			for (ProductBatch b : store.batches().list()) {
				rows.add(List.of(b.code(), naming.product(b.code()).orElse(b.productName()), b.quantity().toPlainString(),
						Quantities.unitName(b.unit(), language), b.harvestDate().toString(),
						Divisions.name(b.originDivision(), language), b.traceCode(), b.certificates().stream()
								.map(c -> c.describe(language)).collect(Collectors.joining(Certificate.SEPARATOR))));
			}
			Columns.tabbed(rows).forEach(context.out()::println);
		}
		return CliContext.OK;
	}
}
