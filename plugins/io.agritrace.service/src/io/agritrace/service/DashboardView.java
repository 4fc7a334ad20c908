package io.agritrace.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.agritrace.charts.ChartDrawing;
import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.CountyMap;
import io.agritrace.charts.DashboardCharts;
import io.agritrace.charts.Drawing;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.Prefectures;
import io.agritrace.core.model.Product;
import io.agritrace.store.DashboardRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;

/**
 * What a county bureau's dashboard shows for a period, category and
 * prefecture: the figures, every record that no longer verifies, and the
 * charts, drawn and named in one language.
 *
 * @param missing events anchored for this store's lots that it does not hold
 * @param charts  events per day, the county map with its flows, tonnes by product and by prefecture, the credit ranking
 */
public record DashboardView(DashboardRepository.Figures figures, long missing, List<Incident> incidents,
		List<Drawing> charts) {

	/** A record that does not verify, as the dashboard says it. */
	public record Incident(VerdictRepository.Incident verdict, String text) {
	}

	/**
	 * Reads the figures and draws the charts.
	 *
	 * @param policy what the credit ranking grades by
	 * @param theme  the charts' type: standard on a desk, large on a projector
	 */
	public static DashboardView read(TraceStore store, DashboardRepository.Filter filter, CreditPolicy policy,
			ChartTheme theme, Locale language) {
		DashboardRepository.Figures figures = store.dashboard().figures(filter);
		List<Incident> incidents = incidents(store, language);
		long missing = incidents.stream().filter(i -> i.verdict().missing()).count();
		Map<String, BigDecimal> byProduct = new LinkedHashMap<>();
		Map<String, Product> products = new LinkedHashMap<>();
		store.masterData().products().forEach(p -> products.put(p.gtin(), p));
		figures.kgByProduct().forEach((gtin, kg) -> byProduct.merge(
				products.containsKey(gtin) ? products.get(gtin).name(language) : gtin, kg, BigDecimal::add));
		Map<String, BigDecimal> byPrefecture = new LinkedHashMap<>();
		figures.kgByCounty().forEach((county, kg) -> byPrefecture.merge(Divisions.name(Prefectures.of(county), language),
				kg, BigDecimal::add));
		List<Drawing> charts = List.of(new ChartDrawing(DashboardCharts.eventsPerDay(figures.perDay(), filter.last(), theme,
				language)),
				new CountyMap(figures.kgByCounty(), figures.flows().stream()
						.map(f -> new CountyMap.Flow(f.from(), f.to(), f.kg())).toList(), theme, language),
				new ChartDrawing(DashboardCharts.kilograms(Texts.Dashboard_byProduct.text(language), byProduct, theme,
						language)),
				new ChartDrawing(DashboardCharts.kilograms(Texts.Dashboard_byPrefecture.text(language), byPrefecture, theme,
						language)),
				new ChartDrawing(DashboardCharts.creditRanking(ranking(store, filter, policy, language), theme, language)));
		return new DashboardView(figures, missing, incidents, charts);
	}

	/** Every record that no longer verifies (altered here, or on chain and missing here), newest found first, in words. */
	public static List<Incident> incidents(TraceStore store, Locale language) {
		Naming naming = new Naming(store, language);
		List<Incident> incidents = new ArrayList<>();
		for (VerdictRepository.Incident i : store.verdicts().incidents()) {
			String lot = i.item() == null ? "" : naming.lot(i.item()); //$NON-NLS-1$
			incidents.add(new Incident(i, i.missing() ? Texts.Dashboard_missing.text(language, lot, i.hashId())
					: Texts.Dashboard_mismatch.text(language, lot, StepNames.of(i.bizStep(), language), i.hashId())));
		}
		return incidents;
	}

	/** The organisations of the prefecture, best first, graded over their records of the period. */
	private static List<DashboardCharts.Ranked> ranking(TraceStore store, DashboardRepository.Filter filter,
			CreditPolicy policy, Locale language) {
		return new CreditReports(store).ranking(policy, filter.from(), filter.to()).stream()
				.filter(r -> filter.prefecture() == null
						|| r.party().county() != null && r.party().county().startsWith(filter.prefecture()))
				.map(r -> new DashboardCharts.Ranked(r.party().name(language), r.profile())).toList();
	}
}
