package org.anwei.duban.hazard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(HazardProperties.class)
class HazardConfig {

}
