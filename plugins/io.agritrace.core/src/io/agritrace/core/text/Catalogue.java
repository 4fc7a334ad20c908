package io.agritrace.core.text;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

import io.agritrace.core.model.DisplayLanguage;

/**
 * The texts of one package, {@code messages.properties} and
 * {@code messages_zh.properties} beside its key enum, read with that enum's
 * class loader (so inside OSGi too). English is the base; nothing falls back
 * to the JVM's default locale, which a server shares among its visitors.
 */
final class Catalogue {

	private static final ClassValue<Catalogue> CATALOGUES = new ClassValue<>() {
		@Override
		protected Catalogue computeValue(Class<?> keys) {
			return new Catalogue(keys.getPackageName() + ".messages", keys.getClassLoader()); //$NON-NLS-1$
		}
	};
	private static final ResourceBundle.Control PROPERTIES_ONLY = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final String baseName;
	private final ClassLoader loader;
	/** Each language's bundle, once: a page of a thousand events renders thousands of texts. */
	private final Map<Locale, Optional<ResourceBundle>> bundles = new ConcurrentHashMap<>();

	private Catalogue(String baseName, ClassLoader loader) {
		this.baseName = baseName;
		this.loader = loader;
	}

	static Catalogue of(Class<?> keys) {
		return CATALOGUES.get(keys);
	}

	private Optional<ResourceBundle> bundle(Locale language) {
		try {
			return Optional.of(ResourceBundle.getBundle(baseName, language, loader, PROPERTIES_ONLY));
		} catch (MissingResourceException e) {
			return Optional.empty();
		}
	}

	/** The entry in the locale's language with its arguments bound as NLS binds them; a missing entry names its key. */
	String text(Locale locale, String key, Object... args) {
		Locale language = DisplayLanguage.isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
		Optional<ResourceBundle> bundle = bundles.computeIfAbsent(language, this::bundle);
		if (bundle.isEmpty() || !bundle.get().containsKey(key)) {
			return '!' + key + '!';
		}
		String pattern = bundle.get().getString(key);
		if (args.length == 0) {
			return pattern;
		}
		Object[] rendered = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			rendered[i] = args[i] instanceof Localized l ? l.text(locale) : args[i];
		}
		return NLS.bind(pattern, rendered);
	}
}
