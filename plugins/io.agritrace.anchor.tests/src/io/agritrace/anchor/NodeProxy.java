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

/**
 * A JSON-RPC proxy in front of a node that can answer {@code eth_getTransactionCount}
 * with 0, so that the next transaction is signed with a nonce the account has
 * already used, and the node refuses it. web3j asks for the nonce before every
 * send, so nothing else makes a real node see a bad nonce deterministically.
 */
final class StaleNonceProxy implements AutoCloseable {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private final URI node;
	private final HttpClient client = HttpClient.newHttpClient();
	private final HttpServer server;
	private final AtomicInteger staleAnswers = new AtomicInteger();

	StaleNonceProxy(String nodeUrl) throws IOException {
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

	private void forward(HttpExchange exchange) throws IOException {
		byte[] request = exchange.getRequestBody().readAllBytes();
		String text = new String(request, StandardCharsets.UTF_8);
		byte[] response;
		if (text.contains("\"eth_getTransactionCount\"") && staleAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			Matcher id = ID.matcher(text);
			response = ("{\"jsonrpc\":\"2.0\",\"id\":" + (id.find() ? id.group(1) : "1") + ",\"result\":\"0x0\"}")
					.getBytes(StandardCharsets.UTF_8);
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
