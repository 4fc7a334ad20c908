package io.agritrace.cli.internal;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;

import io.agritrace.core.credit.CreditCounts;
import io.agritrace.core.credit.CreditJson;
import io.agritrace.core.credit.CreditPolicy;
import io.agritrace.core.credit.CreditProfile;
import io.agritrace.core.credit.IndicatorText;
import io.agritrace.core.model.DisplayLanguage;
import io.agritrace.core.model.Party;
import io.agritrace.store.TraceStore;

/**
 * {@code credit [PARTY] [--json]}: every organisation's credit grade, best
 * first; or one organisation's profile (by GLN, USCC or URI): each indicator
 * with its formula and counts, the score, the grade and its months. Only
 * records that verify on chain count (see {@code verify --all}); the policy
 * is the one the workbench saved in the workspace, else the defaults.
 */
final class CreditCommand implements CliCommand {

	private static final String JSON = "--json"; //$NON-NLS-1$
	private static final String WORKBENCH_PREFERENCES = "io.agritrace.ui"; //$NON-NLS-1$

	@Override
	public String name() {
		return "credit"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Credit_summary;
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		boolean one = arguments.stream().anyMatch(a -> !a.startsWith("--")); //$NON-NLS-1$
		Arguments args = new Arguments(name(), arguments, Set.of(JSON), Set.of(), one ? 1 : 0);
		// The policy the workbench's Preferences > Credit saved in this workspace.
		IEclipsePreferences saved = InstanceScope.INSTANCE.getNode(WORKBENCH_PREFERENCES);
		CreditPolicy policy = CreditPolicy.saved(key -> saved.get(key, null));
		Locale language = DisplayLanguage.current();
		try (TraceStore store = context.openStore()) {
			if (!one) {
				List<CreditProfile> ranking = CreditProfile.ranked(store.credit().all(policy), policy);
				if (args.flag(JSON)) {
					context.out().println(CreditJson.ranking(ranking));
					return CliContext.OK;
				}
				context.out().println(String.join("\t", "rank", "grade", "score", "verified", "unverified", "party")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				for (int i = 0; i < ranking.size(); i++) {
					CreditProfile p = ranking.get(i);
					context.out().println(String.join("\t", Integer.toString(i + 1), //$NON-NLS-1$
							p.grade() == null ? "-" : p.grade().name(), p.score() == null ? "-" : p.score().toString(), //$NON-NLS-1$ //$NON-NLS-2$
							Long.toString(p.counts().verified()), Long.toString(p.counts().unverified()),
							store.masterData().partyName(p.party(), language)));
				}
				return CliContext.OK;
			}
			Party party = find(store, args.positional(0));
			Map<YearMonth, CreditCounts> months = store.credit().monthly(party.uri(), policy);
			CreditProfile profile = CreditProfile.of(party.uri(),
					months.values().stream().reduce(CreditCounts.NONE, CreditCounts::plus), policy);
			Map<YearMonth, CreditProfile> trend = new LinkedHashMap<>();
			months.forEach((month, counts) -> trend.put(month, CreditProfile.of(party.uri(), counts, policy)));
			if (args.flag(JSON)) {
				context.out().println(CreditJson.of(profile, trend));
				return CliContext.OK;
			}
			context.out().println(NLS.bind(Messages.Credit_title, store.masterData().partyName(party.uri(), language),
					IndicatorText.grade(profile) + (profile.score() == null ? "" : " (" + profile.score() + ")"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (CreditProfile.Score s : profile.indicators()) {
				context.out().println(String.join("\t", IndicatorText.name(s.indicator()), IndicatorText.value(s), //$NON-NLS-1$
						s.numerator() + "/" + s.denominator(), NLS.bind(Messages.Credit_weight, s.weight()), //$NON-NLS-1$
						IndicatorText.formula(s.indicator(), policy)));
			}
			context.out().println(IndicatorText.score(policy, profile.counts().unverified()));
			trend.forEach((month, p) -> context.out().println(String.join("\t", month.toString(), //$NON-NLS-1$
					p.grade() == null ? "-" : p.grade().name(), p.score() == null ? "-" : p.score().toString(), //$NON-NLS-1$ //$NON-NLS-2$
					Long.toString(p.counts().verified()))));
		}
		return CliContext.OK;
	}

	/** The organisation with this URI, GLN or USCC. */
	private static Party find(TraceStore store, String key) {
		String k = key.strip();
		return store.masterData().parties().stream()
				.filter(p -> k.equals(p.uri()) || k.equals(p.gln()) || k.equalsIgnoreCase(p.uscc())).findFirst()
				.orElseThrow(() -> new Arguments.UsageException(NLS.bind(Messages.Credit_unknownParty, k)));
	}
}
