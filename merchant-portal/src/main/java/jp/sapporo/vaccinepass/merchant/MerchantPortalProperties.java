package jp.sapporo.vaccinepass.merchant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Addresses the portal needs to know.
 *
 * @param baseUrl this portal's public address, for links in e-mails
 * @param residentAppUrl the resident app's public address: posters' QR codes encode
 * {@code {residentAppUrl}/s/{token}}
 */
@ConfigurationProperties("vaccinepass.merchant")
public record MerchantPortalProperties(@DefaultValue("http://localhost:8081") String baseUrl,
		@DefaultValue("http://localhost:8082") String residentAppUrl) {

	public MerchantPortalProperties {
		baseUrl = trimSlash(baseUrl);
		residentAppUrl = trimSlash(residentAppUrl);
	}

	/**
	 * The URL a poster's QR code encodes.
	 * @param token the poster token
	 * @return the URL
	 */
	public String posterUrl(String token) {
		return this.residentAppUrl + "/s/" + token;
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
