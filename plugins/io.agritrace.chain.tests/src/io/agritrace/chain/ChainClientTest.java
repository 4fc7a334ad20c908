package io.agritrace.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Talks to a loopback JSON-RPC stub that answers like a Besu node; the real
 * chain tests run against a local node with the chain issue.
 */
class ChainClientTest {

	private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private HttpServer node;

	@BeforeEach
	void startNode() throws IOException {
		node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		node.createContext("/", this::answer);
		node.start();
	}

	@AfterEach
	void stopNode() {
		node.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String method = group(METHOD, request);
		String result = switch (method) {
		case "eth_chainId" -> "\"0x539\"";
		case "eth_blockNumber" -> "\"0x2a\"";
		default -> null;
		};
		String body = result == null
				? "{\"jsonrpc\":\"2.0\",\"id\":" + group(ID, request)
						+ ",\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}"
				: "{\"jsonrpc\":\"2.0\",\"id\":" + group(ID, request) + ",\"result\":" + result + "}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String group(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? m.group(1) : "";
	}

	@Test
	void reportsChainIdAndBlockNumberOfAReachableNode() {
		String url = "http://127.0.0.1:" + node.getAddress().getPort();
		try (ChainClient client = ChainClient.connect(new ChainSettings(url))) {
			ChainStatus.Connected status = assertInstanceOf(ChainStatus.Connected.class, client.status());
			assertEquals(1337, status.chainId());
			assertEquals(BigInteger.valueOf(42), status.blockNumber());
			assertEquals(url, status.rpcUrl());
		}
	}

	@Test
	void saysNotConnectedWithAReasonWhenNothingListens() throws IOException {
		int freePort;
		try (ServerSocket socket = new ServerSocket(0)) {
			freePort = socket.getLocalPort();
		}
		String url = "http://127.0.0.1:" + freePort;
		try (ChainClient client = ChainClient.connect(new ChainSettings(url))) {
			ChainStatus.NotConnected status = assertInstanceOf(ChainStatus.NotConnected.class, client.status());
			assertEquals(url, status.rpcUrl());
			assertTrue(!status.reason().isBlank());
		}
	}
}
