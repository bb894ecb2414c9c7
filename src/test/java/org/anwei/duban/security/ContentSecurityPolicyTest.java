package org.anwei.duban.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The browser may load map tiles from the configured tile server, and from nowhere else.
 */
class ContentSecurityPolicyTest {

	@Test
	void without_a_tile_server_images_come_from_this_server_only() {
		assertThat(SecurityConfig.contentSecurityPolicy("")).contains("img-src 'self' data: blob:; ")
			.contains("default-src 'self'", "frame-ancestors 'none'");
	}

	@Test
	void a_tile_server_adds_its_origin_with_subdomains_as_a_wildcard() {
		assertThat(SecurityConfig.contentSecurityPolicy("https://{s}.tiles.example.org/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: blob: https://*.tiles.example.org;");
		assertThat(SecurityConfig.contentSecurityPolicy("http://10.1.2.3:8081/tiles/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: blob: http://10.1.2.3:8081;");
	}

	@Test
	void a_tile_url_that_is_not_a_web_address_stops_the_start() {
		assertThatThrownBy(() -> SecurityConfig.contentSecurityPolicy("tiles/{z}/{x}/{y}.png"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SecurityConfig.contentSecurityPolicy("https://{z}.example.org/{x}"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
