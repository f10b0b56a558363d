/**
 * A test kit for analyzer plugins, shipped as {@code lede-testkit}. Add to your plugin's pom
 * {@code <dependency><groupId>dev.lede</groupId><artifactId>lede-testkit</artifactId>
 * <scope>test</scope></dependency>}, then:
 * <ul>
 *   <li>extend {@link dev.lede.testkit.AnalyzerContractTest} and return your provider: it checks the provider
 *       contract (name, declared layers, creation with an empty configuration, empty and news texts, offsets inside
 *       the text, no undeclared layers, same output from two threads);</li>
 *   <li>{@link dev.lede.testkit.TestDocuments#withText(String)} gives an annotated document with tokens, sentences
 *       and paragraphs already made by the built-in text analyzer;</li>
 *   <li>{@link dev.lede.testkit.FakeProvider} assembles a provider with given requirements and behaviour.</li>
 * </ul>
 * {@code dev.lede.testkit.example.ShoutProvider} is a complete example plugin.
 */
package dev.lede.testkit;
