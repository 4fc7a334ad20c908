package io.agritrace.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A clone of the repository alone must build, test and run: no source, script or
 * build file may name a relative path that climbs out of the repository (such as
 * the {@code ../shared} folder that sits beside the developers' checkout).
 */
class RepositorySelfContainedTest {

	/** Tests run in their bundle's folder, two below the repository's root. */
	private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
	private static final Set<String> SKIPPED = Set.of("target", "bin", "node_modules", ".git");
	private static final Set<String> CHECKED_NAMES = Set.of("run", "run-tests", "agritrace", "agritrace-cli");
	private static final List<String> CHECKED_ENDINGS = List.of(".java", ".sh", ".xml", ".properties", ".MF",
			".product", ".target");
	private static final Pattern RELATIVE = Pattern.compile("(?:\\.\\./)+[\\w.@-][\\w./@-]*");

	@Test
	void noFileNamesAPathOutsideTheRepository() throws IOException {
		assertTrue(Files.isRegularFile(ROOT.resolve("pom.xml")), "repository root expected at " + ROOT);
		List<String> escapes = new ArrayList<>();
		try (Stream<Path> files = Files.walk(ROOT)) {
			files.filter(this::checked).forEach(file -> escapes.addAll(escapingPaths(file)));
		}
		assertEquals(List.of(), escapes);
	}

	@Test
	void theCheckFindsAPathThatClimbsOutOfItsBundle() {
		Path bundle = ROOT.resolve("plugins/io.agritrace.store.tests");
		assertTrue(escapes(bundle, "../../../shared/epcis/JSON"));
		assertTrue(escapes(ROOT, "../shared/data"));
		assertTrue(!escapes(bundle, "../io.agritrace.core.tests/resources/hash-vectors"));
	}

	private boolean checked(Path file) {
		for (Path part : ROOT.relativize(file)) {
			if (SKIPPED.contains(part.toString())) {
				return false;
			}
		}
		String name = file.getFileName().toString();
		// This test names escaping paths on purpose, to prove that it finds them.
		return Files.isRegularFile(file) && !name.equals(getClass().getSimpleName() + ".java")
				&& (CHECKED_NAMES.contains(name) || CHECKED_ENDINGS.stream().anyMatch(name::endsWith));
	}

	private List<String> escapingPaths(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<String> found = new ArrayList<>();
		Matcher m = RELATIVE.matcher(text);
		while (m.find()) {
			if (escapes(baseOf(file), m.group())) {
				found.add(ROOT.relativize(file) + ": " + m.group());
			}
		}
		return found;
	}

	/**
	 * Java code resolves a relative path from its bundle's folder, where its tests
	 * run; scripts and build files from their own folder.
	 */
	private static Path baseOf(Path file) {
		Path relative = ROOT.relativize(file);
		return file.toString().endsWith(".java") && relative.getName(0).toString().equals("plugins")
				? ROOT.resolve(relative.subpath(0, 2))
				: file.getParent();
	}

	private static boolean escapes(Path from, String relative) {
		return !from.resolve(relative).normalize().startsWith(ROOT);
	}
}
