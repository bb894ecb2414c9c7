package org.anwei.duban.supervision;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(EscalationProperties.class)
class SupervisionConfig {

}
