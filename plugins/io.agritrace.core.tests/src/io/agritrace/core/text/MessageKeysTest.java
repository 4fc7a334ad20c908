package io.agritrace.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each of core's key enums names exactly the entries of the properties beside
 * it, and each key renders in English and in Chinese (a missing entry would
 * read "!key!").
 */
class MessageKeysTest {

	@ParameterizedTest
	@ValueSource(strings = { "io.agritrace.core.rules.RuleTexts", "io.agritrace.core.model.Texts",
			"io.agritrace.core.credit.Texts", "io.agritrace.core.csv.Texts", "io.agritrace.core.epcis.internal.Texts",
			"io.agritrace.core.trace.Texts", "io.agritrace.core.text.Units", "io.agritrace.core.text.internal.Texts" })
	void everyKeyIsAnEntryInBothLanguages(String enumName) throws Exception {
		Class<?> keys = Class.forName(enumName);
		Set<String> names = Arrays.stream(keys.getEnumConstants()).map(k -> ((MessageKey) k).name())
				.collect(Collectors.toSet());

		assertEquals(entries(keys, "messages.properties"), names);
		assertEquals(entries(keys, "messages_zh.properties"), names);
		for (Object constant : keys.getEnumConstants()) {
			MessageKey key = (MessageKey) constant;
			for (Locale language : new Locale[] { Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE }) {
				assertNotEquals('!' + key.name() + '!', key.text(language), key.name() + " in " + language);
			}
		}
	}

	private static Set<String> entries(Class<?> keys, String file) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = keys.getResourceAsStream(file)) {
			texts.load(in);
		}
		return texts.stringPropertyNames();
	}
}
