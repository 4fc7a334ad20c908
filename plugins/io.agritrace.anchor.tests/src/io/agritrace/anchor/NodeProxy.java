package io.agritrace.anchor;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.web3j.crypto.Hash;

/**
 * A JSON-RPC proxy in front of a node that misbehaves on request: it can answer
 * {@code eth_getTransactionCount} with 0, so that the next transaction is
 * signed with a nonce the account has already used and the node refuses it
 * (web3j asks for the nonce before every send, so nothing else makes a real
 * node see a bad nonce deterministically); and it can answer
 * {@code eth_sendRawTransaction} with a hash without passing the transaction
 * on, as a node does that drops a transaction from its pool.
 */
final class NodeProxy implements AutoCloseable {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
	private static final Pattern RAW_TRANSACTION = Pattern.compile("\"params\"\\s*:\\s*\\[\\s*\"(0x[0-9a-fA-F]+)\"");

	private final URI node;
	private final HttpClient client = HttpClient.newHttpClient();
	private final HttpServer server;
	private final AtomicInteger staleAnswers = new AtomicInteger();
	private final AtomicInteger drops = new AtomicInteger();

	NodeProxy(String nodeUrl) throws IOException {
		node = URI.create(nodeUrl);
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::forward);
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Answers the next {@code count} nonce queries with 0 instead of asking the node. */
	void answerStaleNonces(int count) {
		staleAnswers.set(count);
	}

	/** Swallows the next {@code count} transactions sent, answering each with a hash the node never hears of. */
	void dropNextSends(int count) {
		drops.set(count);
	}

	private static boolean take(AtomicInteger counter) {
		return counter.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
	}

	private static byte[] answer(String request, String result) {
		Matcher id = ID.matcher(request);
		return ("{\"jsonrpc\":\"2.0\",\"id\":" + (id.find() ? id.group(1) : "1") + ",\"result\":\"" + result + "\"}")
				.getBytes(StandardCharsets.UTF_8);
	}

	private void forward(HttpExchange exchange) throws IOException {
		byte[] request = exchange.getRequestBody().readAllBytes();
		String text = new String(request, StandardCharsets.UTF_8);
		byte[] response;
		if (text.contains("\"eth_getTransactionCount\"") && take(staleAnswers)) {
			response = answer(text, "0x0");
		} else if (text.contains("\"eth_sendRawTransaction\"") && take(drops)) {
			// The transaction's own hash (web3j checks it), which the node never hears of.
			Matcher raw = RAW_TRANSACTION.matcher(text);
			response = answer(text, raw.find() ? Hash.sha3(raw.group(1)) : "0x");
		} else {
			try {
				response = client.send(HttpRequest.newBuilder(node).header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(),
						HttpResponse.BodyHandlers.ofByteArray()).body();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException(e);
			}
		}
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, response.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(response);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		client.close();
	}
}
