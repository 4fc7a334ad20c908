package io.agritrace.ui.internal.wizards;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each field of a page a mnemonic of its own (Alt and a letter moves to
 * it): the first free letter of its label (none when all its letters are
 * taken), or, for a Chinese label, a free letter appended as Chinese software
 * writes it: "批次(&L)".
 * The wizard's buttons keep theirs: Back, Next and Finish.
 */
final class Mnemonics {

	private static final String BUTTONS = "bnf"; //$NON-NLS-1$
	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz"; //$NON-NLS-1$

	private final Set<Character> used = new HashSet<>();

	Mnemonics() {
		BUTTONS.chars().forEach(c -> used.add((char) c));
	}

	/** The label with a free mnemonic; as it is when it has one already or all are taken. */
	String label(String text) {
		int marked = text.indexOf('&');
		if (marked >= 0 && marked + 1 < text.length()) {
			used.add(Character.toLowerCase(text.charAt(marked + 1)));
			return text;
		}
		boolean latin = text.chars().anyMatch(c -> c < 128 && Character.isLetter(c))
				&& text.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		if (latin) {
			for (int i = 0; i < text.length(); i++) {
				char c = Character.toLowerCase(text.charAt(i));
				if (c < 128 && Character.isLetter(c) && used.add(c)) {
					return text.substring(0, i) + '&' + text.substring(i);
				}
			}
			// An English label whose letters are all taken goes without: "Unit(C)" reads as a typo.
			return text;
		}
		for (char c : (text.toLowerCase(Locale.ROOT) + ALPHABET).toCharArray()) {
			if (c < 128 && Character.isLetter(c) && used.add(c)) {
				return text + "(&" + Character.toUpperCase(c) + ')'; //$NON-NLS-1$
			}
		}
		return text;
	}
}
