package io.agritrace.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Talks to a loopback JSON-RPC stub that replays responses recorded from a
 * Besu 4-validator QBFT network (the shapes of Besu's JSON-RPC API
 * reference), since no Besu node runs here: the qbft_* and net_* calls are
 * only tested this way. The rest of the chain code runs against anvil.
 */
class ChainClientTest {

	/** Validators of the recorded QBFT network. */
	private static final List<String> VALIDATORS = List.of("0x42d4287eac8078828cf5f3486cfe601a275a49a5",
			"0xb1b2bc9582d2901afdc579f528a35ca41403fa85", "0xef1bfb6a12794615c9b0b5a21e6741f01e570185",
			"0xf2c5f7e3b2e9e3aafa7a0b9c3d7e4e5f6a7b8c9d");

	private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private HttpServer node;
	/** False: answer like a node without Besu's QBFT and NET APIs (anvil, geth). */
	private boolean besu = true;
	private volatile String authorization;

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
		authorization = exchange.getRequestHeaders().getFirst("Authorization");
		String method = group(METHOD, request);
		String result = switch (method) {
		case "eth_chainId" -> "\"0x539\"";
		case "eth_blockNumber" -> "\"0x2a\"";
		case "net_peerCount" -> besu ? "\"0x3\"" : null;
		case "qbft_getValidatorsByBlockNumber" -> besu
				? VALIDATORS.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"))
				: null;
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

	private String url() {
		return "http://127.0.0.1:" + node.getAddress().getPort();
	}

	@Test
	void reportsChainIdBlockPeersAndQbftValidatorsOfABesuNode() {
		ChainEndpoint endpoint = new ChainEndpoint(url(), "jwt-token", 1000, BigInteger.ZERO);
		try (ChainClient client = ChainClient.connect(endpoint, 1337)) {
			ChainStatus.Connected status = assertInstanceOf(ChainStatus.Connected.class, client.status());
			assertEquals(1337, status.chainId());
			assertEquals(BigInteger.valueOf(42), status.blockNumber());
			assertEquals(OptionalInt.of(3), status.peers());
			assertEquals(VALIDATORS, status.validators());
			assertEquals(url(), status.rpcUrl());
		}
		assertEquals("Bearer jwt-token", authorization);
		assertFalse(endpoint.toString().contains("jwt-token"), "the token is a secret: " + endpoint);
	}

	@Test
	void aNodeWithoutQbftHasNoValidatorsAndMayNotSayItsPeers() {
		besu = false;
		try (ChainClient client = ChainClient.connect(ChainEndpoint.of(url()), ChainClient.ANY_CHAIN)) {
			ChainStatus.Connected status = assertInstanceOf(ChainStatus.Connected.class, client.status());
			assertEquals(List.of(), status.validators());
			assertEquals(OptionalInt.empty(), status.peers());
		}
		assertNull(authorization, "no token configured, none sent");
	}

	@Test
	void aNodeOfAnotherChainIsRefused() {
		try (ChainClient client = ChainClient.connect(ChainEndpoint.of(url()), 2024)) {
			ChainStatus.WrongChain status = assertInstanceOf(ChainStatus.WrongChain.class, client.status());
			assertEquals(1337, status.chainId());
			assertEquals(2024, status.expectedChainId());
		}
	}

	@Test
	void saysNotConnectedWithAReasonWhenNothingListens() throws IOException {
		int freePort;
		try (ServerSocket socket = new ServerSocket(0)) {
			freePort = socket.getLocalPort();
		}
		String url = "http://127.0.0.1:" + freePort;
		try (ChainClient client = ChainClient.connect(ChainEndpoint.of(url), ChainClient.ANY_CHAIN)) {
			ChainStatus.NotConnected status = assertInstanceOf(ChainStatus.NotConnected.class, client.status());
			assertEquals(url, status.rpcUrl());
			assertTrue(!status.reason().isBlank());
		}
	}
}
