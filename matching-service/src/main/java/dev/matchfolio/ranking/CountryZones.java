package dev.matchfolio.ranking;

import java.util.Map;

/**
 * A representative IANA zone per country, to estimate time-zone overlap when an opening gives only its country.
 * Countries spanning many zones get the one most openings there use; unlisted countries count as unknown.
 */
final class CountryZones {

	private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("DE", "Europe/Berlin"),
			Map.entry("AT", "Europe/Vienna"), Map.entry("CH", "Europe/Zurich"), Map.entry("FR", "Europe/Paris"),
			Map.entry("NL", "Europe/Amsterdam"), Map.entry("BE", "Europe/Brussels"), Map.entry("LU", "Europe/Luxembourg"),
			Map.entry("ES", "Europe/Madrid"), Map.entry("PT", "Europe/Lisbon"), Map.entry("IT", "Europe/Rome"),
			Map.entry("GB", "Europe/London"), Map.entry("IE", "Europe/Dublin"), Map.entry("DK", "Europe/Copenhagen"),
			Map.entry("SE", "Europe/Stockholm"), Map.entry("NO", "Europe/Oslo"), Map.entry("FI", "Europe/Helsinki"),
			Map.entry("PL", "Europe/Warsaw"), Map.entry("CZ", "Europe/Prague"), Map.entry("SK", "Europe/Bratislava"),
			Map.entry("HU", "Europe/Budapest"), Map.entry("RO", "Europe/Bucharest"), Map.entry("BG", "Europe/Sofia"),
			Map.entry("GR", "Europe/Athens"), Map.entry("UA", "Europe/Kyiv"), Map.entry("TR", "Europe/Istanbul"),
			Map.entry("EE", "Europe/Tallinn"), Map.entry("LV", "Europe/Riga"), Map.entry("LT", "Europe/Vilnius"),
			Map.entry("HR", "Europe/Zagreb"), Map.entry("SI", "Europe/Ljubljana"), Map.entry("RS", "Europe/Belgrade"),
			Map.entry("US", "America/New_York"), Map.entry("CA", "America/Toronto"), Map.entry("MX", "America/Mexico_City"),
			Map.entry("BR", "America/Sao_Paulo"), Map.entry("AR", "America/Argentina/Buenos_Aires"),
			Map.entry("CO", "America/Bogota"), Map.entry("CL", "America/Santiago"), Map.entry("IN", "Asia/Kolkata"),
			Map.entry("PK", "Asia/Karachi"), Map.entry("AE", "Asia/Dubai"), Map.entry("IL", "Asia/Jerusalem"),
			Map.entry("SG", "Asia/Singapore"), Map.entry("JP", "Asia/Tokyo"), Map.entry("KR", "Asia/Seoul"),
			Map.entry("CN", "Asia/Shanghai"), Map.entry("VN", "Asia/Ho_Chi_Minh"), Map.entry("PH", "Asia/Manila"),
			Map.entry("ID", "Asia/Jakarta"), Map.entry("AU", "Australia/Sydney"), Map.entry("NZ", "Pacific/Auckland"),
			Map.entry("ZA", "Africa/Johannesburg"), Map.entry("NG", "Africa/Lagos"), Map.entry("EG", "Africa/Cairo"),
			Map.entry("KE", "Africa/Nairobi"));

	private CountryZones() {
	}

	/** The zone id for an ISO country code, or {@code null}. */
	static String of(String country) {
		return country == null ? null : ZONES.get(CandidateIndex.upper(country));
	}

}
