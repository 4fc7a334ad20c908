package io.agritrace.core.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every test vector of the GS1 reference implementation of the CBV 2.0 Event
 * Hash ID (resources/hash-vectors, MIT licence): X.jsonld must give exactly the
 * IDs in X.hashes, in document order. X.xml, the same events in the XML
 * binding, must give the same IDs through {@link EpcisDocumentReader}, and the
 * same pre-hash strings as X.jsonld: ReferenceEventHashAlgorithm,
 * epcisDocWithVariousEventTypes and persistentDisposition are the reference
 * implementation's own XML documents, epcisDocWithSensorDataObjectEvent.xml was
 * written here.
 */
class EventHashConformanceTest {

	static final Path VECTORS = Path.of("resources/hash-vectors");
	private static final ObjectMapper JSON = new ObjectMapper();

	@TestFactory
	Stream<DynamicTest> everyReferenceVectorMatches() throws IOException {
		return vectors(".jsonld").map(doc -> dynamicTest(doc.getFileName().toString(), () -> check(doc)));
	}

	@TestFactory
	Stream<DynamicTest> everyXmlVectorMatchesItsJsonLdTwin() throws IOException {
		return vectors(".xml").map(doc -> dynamicTest(doc.getFileName().toString(), () -> checkXml(doc)));
	}

	/** The vector documents whose names end with {@code extension}, in name order; there must be some. */
	private static Stream<Path> vectors(String extension) throws IOException {
		List<Path> documents;
		try (Stream<Path> files = Files.list(VECTORS)) {
			documents = files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
		}
		assertFalse(documents.isEmpty(), "no " + extension + " vectors in " + VECTORS.toAbsolutePath());
		return documents.stream();
	}

	private static void checkXml(Path document) throws IOException {
		String base = document.getFileName().toString().replace(".xml", "");
		List<String> jsonPreHashes = new ArrayList<>();
		JsonNode root = JSON.readTree(VECTORS.resolve(base + ".jsonld").toFile());
		EpcisContext context = EpcisContext.of(root.get("@context"));
		root.path("epcisBody").path("eventList").forEach(e -> jsonPreHashes.add(EventHasher.preHash(e, context)));

		List<String> ids = new ArrayList<>();
		List<String> preHashes = new ArrayList<>();
		try (InputStream in = Files.newInputStream(document); EpcisDocumentReader reader = new EpcisDocumentReader(in, true)) {
			reader.forEachRemaining(e -> {
				ids.add(e.hashId().toString());
				preHashes.add(EventHasher.preHash(e.json(), e.context()));
			});
		}
		assertEquals(jsonPreHashes, preHashes, base + " pre-hashes, XML against JSON-LD");
		assertEquals(lines(VECTORS.resolve(base + ".hashes")), ids, base);
	}

	private static void check(Path document) throws IOException {
		String base = document.getFileName().toString().replace(".jsonld", "");
		List<String> expected = lines(VECTORS.resolve(base + ".hashes"));
		Path preHashFile = VECTORS.resolve(base + ".prehashes");
		List<String> expectedPreHashes = Files.exists(preHashFile) ? lines(preHashFile) : List.of();

		JsonNode root = JSON.readTree(document.toFile());
		EpcisContext context = EpcisContext.of(root.get("@context"));
		List<String> actual = new ArrayList<>();
		int i = 0;
		for (JsonNode event : root.path("epcisBody").path("eventList")) {
			String preHash = EventHasher.preHash(event, context);
			String id = EventHashId.ofPreHash(preHash).toString();
			if (i < expected.size() && !expected.get(i).equals(id) && i < expectedPreHashes.size()) {
				assertEquals(expectedPreHashes.get(i), preHash, base + " event " + i + " pre-hash");
			}
			actual.add(id);
			i++;
		}
		assertEquals(expected, actual, base);
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
