package dev.matchfolio.gateway.requestline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Whether a request target (path and query as sent, still percent-encoded) is one every service behind the gateway
 * can read. RFC 3986 allows only a fixed set of characters in a path or query; anything else, and percent-encoding
 * whose bytes are not UTF-8 (such as the overlong {@code %c0%af}), is refused here rather than by a service's HTTP
 * server, which would answer with a page of its own instead of a problem document.
 */
final class RequestTargets {

	private static final int HEX = 16;

	/** pchar of RFC 3986 (unreserved, sub-delims, ':' and '@') and '/', without '%', which is checked apart */
	private static final BitSet PATH = allowed("-._~!$&'()*+,;=:@/");

	/** a query may also hold '?' */
	private static final BitSet QUERY = allowed("-._~!$&'()*+,;=:@/?");

	private RequestTargets() {
	}

	/** Why the target is refused, or null when it is acceptable. */
	static String defect(String rawPath, String rawQuery) {
		String path = defect(rawPath, PATH);
		if (path != null) {
			return "path " + path;
		}
		String query = (rawQuery == null) ? null : defect(rawQuery, QUERY);
		return (query == null) ? null : "query " + query;
	}

	private static String defect(String raw, BitSet allowed) {
		ByteBuffer bytes = ByteBuffer.allocate(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				int high = (i + 2 < raw.length()) ? Character.digit(raw.charAt(i + 1), HEX) : -1;
				int low = (high >= 0) ? Character.digit(raw.charAt(i + 2), HEX) : -1;
				if (low < 0) {
					return "has a '%' that is not followed by two hexadecimal digits";
				}
				bytes.put((byte) (high * HEX + low));
				i += 2;
			}
			else if (c < allowed.size() && allowed.get(c)) {
				bytes.put((byte) c);
			}
			else {
				return "has a character that must be percent-encoded";
			}
		}
		bytes.flip();
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes);
			return null;
		}
		catch (CharacterCodingException ex) {
			return "has percent-encoded bytes that are not UTF-8";
		}
	}

	private static BitSet allowed(String punctuation) {
		BitSet set = new BitSet(128);
		set.set('a', 'z' + 1);
		set.set('A', 'Z' + 1);
		set.set('0', '9' + 1);
		punctuation.chars().forEach(set::set);
		return set;
	}

}
