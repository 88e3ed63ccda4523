package dev.strata.spring.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** An application with a data source and no beans of its own. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PlainApp {}
