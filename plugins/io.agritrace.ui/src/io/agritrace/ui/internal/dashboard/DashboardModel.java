package io.agritrace.ui.internal.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import io.agritrace.charts.ChartDrawing;
import io.agritrace.charts.ChartTheme;
import io.agritrace.charts.CountyMap;
import io.agritrace.charts.DashboardCharts;
import io.agritrace.charts.Drawing;
import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Divisions;
import io.agritrace.core.model.Party;
import io.agritrace.core.model.Product;
import io.agritrace.store.DashboardRepository;
import io.agritrace.store.TraceStore;
import io.agritrace.store.VerdictRepository;
import io.agritrace.ui.LotNames;
import io.agritrace.ui.internal.CreditSettings;
import io.agritrace.ui.internal.Messages;
import io.agritrace.ui.internal.Names;
import io.agritrace.ui.internal.Prefectures;
import io.agritrace.ui.internal.StepLabels;

/**
 * What the dashboard shows, read and drawn in a Job: the figures, every
 * record that no longer verifies, and the charts.
 *
 * @param missing events anchored for this store's lots that it does not hold
 * @param charts  events per day, the county map with its flows, tonnes by product and by prefecture, the credit ranking
 */
record DashboardModel(DashboardRepository.Figures figures, long missing, List<Incident> incidents,
		List<Drawing> charts) {

	/** A record that does not verify, as the dashboard says it. */
	record Incident(VerdictRepository.Incident verdict, String text) {
	}

	/** @param theme the charts' type: standard in the editor, large full screen */
	static DashboardModel read(TraceStore store, DashboardRepository.Filter filter, ChartTheme theme) {
		Locale language = DisplayLanguage.current();
		DashboardRepository.Figures figures = store.dashboard().figures(filter);
		List<Incident> incidents = new ArrayList<>();
		long missing = 0;
		for (VerdictRepository.Incident i : store.verdicts().incidents()) {
			String lot = i.item() == null ? "" : LotNames.of(store, i.item(), language); //$NON-NLS-1$
			if (i.missing()) {
				missing++;
				incidents.add(new Incident(i, NLS.bind(Messages.Dashboard_missing, lot, i.hashId())));
			} else {
				incidents.add(new Incident(i, NLS.bind(Messages.Dashboard_mismatch,
						new Object[] { lot, StepLabels.of(i.bizStep()), i.hashId() })));
			}
		}
		Map<String, BigDecimal> byProduct = new LinkedHashMap<>();
		Map<String, Product> products = new LinkedHashMap<>();
		store.masterData().products().forEach(p -> products.put(p.gtin(), p));
		figures.kgByProduct().forEach((gtin, kg) -> byProduct.merge(products.containsKey(gtin)
				? Names.of(products.get(gtin).nameZh(), products.get(gtin).nameEn()) : gtin, kg, BigDecimal::add));
		Map<String, BigDecimal> byPrefecture = new LinkedHashMap<>();
		figures.kgByCounty().forEach((county, kg) -> byPrefecture.merge(Divisions.name(Prefectures.of(county), language),
				kg, BigDecimal::add));
		List<Drawing> charts = List.of(new ChartDrawing(DashboardCharts.eventsPerDay(figures.perDay(), theme)),
				new CountyMap(figures.kgByCounty(), figures.flows().stream()
						.map(f -> new CountyMap.Flow(f.from(), f.to(), f.kg())).toList(), theme),
				new ChartDrawing(DashboardCharts.kilograms(Messages.Dashboard_byProduct, byProduct, theme)),
				new ChartDrawing(DashboardCharts.kilograms(Messages.Dashboard_byPrefecture, byPrefecture, theme)),
				new ChartDrawing(DashboardCharts.creditRanking(ranking(store, filter), theme)));
		return new DashboardModel(figures, missing, incidents, charts);
	}

	/** The organisations of the prefecture, best first, graded over their records of the period. */
	private static List<DashboardCharts.Ranked> ranking(TraceStore store, DashboardRepository.Filter filter) {
		CreditPolicy policy = CreditSettings.policy();
		Map<String, Party> parties = new HashMap<>();
		store.masterData().parties().stream()
				.filter(p -> filter.prefecture() == null || p.county() != null && p.county().startsWith(filter.prefecture()))
				.forEach(p -> parties.put(p.uri(), p));
		Map<String, CreditCounts> counts = new HashMap<>(store.credit().all(policy, filter.from(), filter.to()));
		counts.keySet().retainAll(parties.keySet());
		return CreditProfile.ranked(counts, policy).stream()
				.map(profile -> new DashboardCharts.Ranked(Names.of(parties.get(profile.party())), profile)).toList();
	}
}
