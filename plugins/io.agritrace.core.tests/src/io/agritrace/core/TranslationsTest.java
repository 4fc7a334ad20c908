package io.agritrace.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every user-visible text of every bundle is in English and Simplified
 * Chinese: each {@code messages.properties} and {@code bundle.properties} has a
 * {@code _zh} file beside it with the same keys, each with the same
 * placeholders ({0}, {1} …) and a text of its own.
 */
class TranslationsTest {

	/** Tests run in their bundle's folder: the bundles are its siblings. */
	private static final Path PLUGINS = Path.of("..").toAbsolutePath().normalize();
	private static final Set<String> BASE_NAMES = Set.of("messages.properties", "common.properties", "bundle.properties");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
	/** "（incorrect_data）": a snake-case code in brackets, where a word belongs. */
	private static final Pattern CODE_IN_BRACKETS = Pattern.compile("[（(][a-z]+_[a-z_]+[）)]");
	/** The "quantityList：" and "16380 KGM": a field's code leading a Chinese text, a unit's code in one. */
	private static final Pattern FIELD_CODE = Pattern.compile("^[a-z][A-Za-z_]*\uff1a");
	/** "quantityList: 11 kg of …": an English text led by a field's code (in camel case) rather than its name. */
	private static final Pattern ENGLISH_FIELD_CODE = Pattern.compile("^[a-z]+[A-Z][A-Za-z]*: ");
	private static final Pattern UNIT_CODE = Pattern.compile("\\b(KGM|TNE|GRM|LTR|H87)\\b");
	/** The newcomer's "RPC 地址" and "Gas 价格（wei…": a technical term a clerk meets stands in brackets after its Chinese word. */
	private static final Pattern BARE_TERM = Pattern.compile("(?<!\uff08)\\b(RPC|Gas|wei|Bearer)\\b");
	/** The import's "CSV（step,gtin,lot,…）": a list of codes in a Chinese text is the file's column names, and says so. */
	private static final Pattern CODE_LIST = Pattern.compile("[a-z_]+(,[a-z_]+){2,}");
	private static final String COLUMN_NAMES = "\u5217\u540d";
	/** The language chooser names Chinese in Chinese in either language. */
	private static final Set<String> NAMES_OF_CHINESE = Set.of("GeneralPreferences_chinese");

	@Test
	void everyTextHasAChineseTranslationWithTheSamePlaceholders() throws IOException {
		List<Path> bases;
		try (Stream<Path> files = Files.walk(PLUGINS)) {
			bases = files.filter(f -> BASE_NAMES.contains(f.getFileName().toString()))
					.filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/bin/")).toList();
		}
		assertTrue(bases.size() >= 10, "texts of every bundle expected under " + PLUGINS + ", found " + bases);
		List<String> problems = new ArrayList<>();
		for (Path base : bases) {
			String name = base.getFileName().toString();
			Path zh = base.resolveSibling(name.replace(".properties", "_zh.properties"));
			if (!Files.exists(zh)) {
				problems.add(PLUGINS.relativize(base) + ": no _zh file");
				continue;
			}
			Properties en = load(base);
			Properties chinese = load(zh);
			Set<String> keys = new TreeSet<>(en.stringPropertyNames());
			keys.addAll(chinese.stringPropertyNames());
			for (String key : keys) {
				String english = en.getProperty(key);
				String translated = chinese.getProperty(key);
				if (english == null || translated == null) {
					problems.add(PLUGINS.relativize(base) + ": " + key + " only in " + (english == null ? "zh" : "en"));
				} else if (!placeholders(english).equals(placeholders(translated))) {
					problems.add(PLUGINS.relativize(base) + ": " + key + " has other placeholders in zh");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	/**
	 * The "organisations (主体) registered", "数据有误（incorrect_data）"
	 * and "Harvest……": an English text has no Chinese in it (but the name of the
	 * language itself) nor a field's code leading it ("quantityList: "), a
	 * Chinese text no code in brackets nor a field's or a unit's code, no bare
	 * technical term and no unexplained list of codes, and an ellipsis is "..."
	 * in English and one "…" in Chinese.
	 */
	@Test
	void eachLanguageWritesInItsOwnWords() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path base : bases()) {
			Properties en = load(base);
			Properties zh = load(base.resolveSibling(base.getFileName().toString().replace(".properties", "_zh.properties")));
			for (String key : en.stringPropertyNames()) {
				String english = en.getProperty(key);
				String chinese = zh.getProperty(key, "");
				String where = PLUGINS.relativize(base) + ": " + key;
				if (CHINESE.matcher(english).find() && !NAMES_OF_CHINESE.contains(key)) {
					problems.add(where + " has Chinese in English: " + english);
				}
				if (ENGLISH_FIELD_CODE.matcher(english).find()) {
					problems.add(where + " names a field by its code in English: " + english);
				}
				if (CODE_IN_BRACKETS.matcher(chinese).find()) {
					problems.add(where + " shows a code in Chinese: " + chinese);
				}
				if (FIELD_CODE.matcher(chinese).find() || UNIT_CODE.matcher(chinese).find()) {
					problems.add(where + " names a field or a unit by its code in Chinese: " + chinese);
				}
				if (BARE_TERM.matcher(chinese).find()) {
					problems.add(where + " has a technical term without its Chinese word: " + chinese);
				}
				if (CODE_LIST.matcher(chinese).find() && !chinese.contains(COLUMN_NAMES)) {
					problems.add(where + " lists codes without saying they are the file's column names: " + chinese);
				}
				if (chinese.replace("[...]", "").replace("{...}", "").contains("...") || chinese.contains("\u2026\u2026")
						|| english.contains("\u2026")) {
					problems.add(where + " has the other language's ellipsis, or two: " + english + " | " + chinese);
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	private static List<Path> bases() throws IOException {
		try (Stream<Path> files = Files.walk(PLUGINS)) {
			return files.filter(f -> BASE_NAMES.contains(f.getFileName().toString()))
					.filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/bin/"))
					.filter(f -> !f.toString().contains("/io.agritrace.cli/")).toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		return properties;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
