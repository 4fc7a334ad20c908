package io.agritrace.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The command line's keys name exactly the entries of its properties, and each renders in both languages. */
class TextsTest {

	@Test
	void everyKeyIsAnEntryInBothLanguages() throws IOException {
		Set<String> names = Arrays.stream(Texts.values()).map(Texts::name).collect(Collectors.toSet());

		assertEquals(entries("messages.properties"), names);
		assertEquals(entries("messages_zh.properties"), names);
		for (Texts key : Texts.values()) {
			for (Locale language : new Locale[] { Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE }) {
				assertNotEquals('!' + key.name() + '!', key.text(language), key.name() + " in " + language);
			}
		}
	}

	private static Set<String> entries(String file) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = Texts.class.getResourceAsStream(file)) {
			texts.load(in);
		}
		return texts.stringPropertyNames();
	}
}
