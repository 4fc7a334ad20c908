package io.agritrace.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Jilin's administrative divisions (GB/T 2260: the province, its 9
 * prefecture-level units and 60 county-level units, 2025 codes) with names and
 * the coordinates of their seats, from {@code data/jilin-divisions.csv}.
 */
public final class Divisions {

	/**
	 * One division.
	 *
	 * @param code   six-digit GB/T 2260 code
	 * @param nameZh Chinese name
	 * @param nameEn English (pinyin) name
	 * @param level  province, prefecture_city, county, district, ...
	 */
	public record Division(String code, String nameZh, String nameEn, String level, double latitude,
			double longitude) {
	}

	/** GB/T 2260 codes of Jilin province start with 22. */
	public static final String JILIN_PREFIX = "22"; //$NON-NLS-1$

	private static final Map<String, Division> JILIN = load();

	private Divisions() {
	}

	private static Map<String, Division> load() {
		Map<String, Division> divisions = new HashMap<>();
		try (InputStream in = Divisions.class.getResourceAsStream("/data/jilin-divisions.csv"); //$NON-NLS-1$
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine(); // header: code,name_zh,name_en,level,parent_code,lat,lon
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] f = line.split(",", -1); //$NON-NLS-1$
				if (f.length >= 7) {
					divisions.put(f[0], new Division(f[0], f[1], f[2], f[3], Double.parseDouble(f[5]),
							Double.parseDouble(f[6])));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(divisions);
	}

	/** The Jilin division with this code, if there is one. */
	public static Optional<Division> find(String code) {
		return Optional.ofNullable(code == null ? null : JILIN.get(code));
	}

	/** Jilin's province, prefectures and counties, by code, for pickers. */
	public static List<Division> all() {
		return JILIN.values().stream().sorted(Comparator.comparing(Division::code)).toList();
	}

	/** "梅河口市" or "Meihekou City" for 220581; the code itself when unknown. */
	public static String name(String code, Locale language) {
		return find(code).map(d -> DisplayLanguage.pick(language, d.nameZh(), d.nameEn())).orElse(code);
	}

	/**
	 * "梅河口市（220581）" or "Meihekou City (220581)": a division where its code
	 * serves too (an official's record, a picker), the code after the name, in
	 * brackets; the code itself when unknown.
	 */
	public static String withCode(String code, Locale language) {
		return find(code).map(d -> Texts.Division_withCode.text(language, name(code, language), code)).orElse(code);
	}
}
