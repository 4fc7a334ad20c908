package io.agritrace.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agritrace.core.credit.CreditProfile;

/** Credit profiles as JSON, for scripts ({@code agritrace-cli credit --json}). */
final class CreditJson {

	private static final ObjectMapper JSON = new ObjectMapper();

	private CreditJson() {
	}

	/** Every organisation's profile, best first. */
	static String ranking(List<CreditProfile> profiles) {
		ArrayNode array = JSON.createArrayNode();
		profiles.forEach(p -> array.add(profile(p)));
		return text(array);
	}

	/** One organisation's profile with its indicators and its months. */
	static String of(CreditProfile profile, Map<YearMonth, CreditProfile> months) {
		ObjectNode root = profile(profile);
		ArrayNode indicators = root.putArray("indicators"); //$NON-NLS-1$
		for (CreditProfile.Score s : profile.indicators()) {
			indicators.addObject().put("indicator", s.indicator().key()).put("applicable", s.applicable()) //$NON-NLS-1$ //$NON-NLS-2$
					.put("value", s.value()).put("numerator", s.numerator()).put("denominator", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							s.denominator())
					.put("score", s.score()).put("weight", s.weight()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ArrayNode trend = root.putArray("months"); //$NON-NLS-1$
		months.forEach((month, p) -> trend.addObject().put("month", month.toString()).put("score", p.score()) //$NON-NLS-1$ //$NON-NLS-2$
				.put("grade", p.grade() == null ? null : p.grade().name()) //$NON-NLS-1$
				.put("verified", p.counts().verified())); //$NON-NLS-1$
		return text(root);
	}

	private static ObjectNode profile(CreditProfile p) {
		ObjectNode node = JSON.createObjectNode();
		node.put("party", p.party()).put("score", p.score()).put("grade", p.grade() == null ? null //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: p.grade().name())
				.put("records", p.counts().records()).put("verified", p.counts().verified()) //$NON-NLS-1$ //$NON-NLS-2$
				.put("unverified", p.counts().unverified()); //$NON-NLS-1$
		return node;
	}

	private static String text(Object tree) {
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e); // a tree of plain values always writes
		}
	}
}
