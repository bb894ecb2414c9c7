package org.anwei.duban.jurisdiction;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(MapProperties.class)
class JurisdictionConfig {

}
