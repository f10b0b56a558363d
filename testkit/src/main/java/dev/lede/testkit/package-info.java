/**
 * A test kit for analyzer plugins, shipped as {@code lede-testkit}. Add to your plugin's pom
 * {@code <dependency><groupId>dev.lede</groupId><artifactId>lede-testkit</artifactId>
 * <scope>test</scope></dependency>}, then:
 * <ul>
 *   <li>extend {@link dev.lede.testkit.AnalyzerContractTest} and return your provider: it checks the provider
 *       contract (name, declared layers and options, every declared layer written, offsets inside the text and on
 *       character boundaries, random and huge texts on several threads, same output from two threads, cost linear
 *       in the text);</li>
 *   <li>{@link dev.lede.testkit.TestDocuments#withText(String)} gives an annotated document with tokens, sentences
 *       and paragraphs already made by the built-in text analyzer;</li>
 *   <li>{@link dev.lede.testkit.TestContext} creates an analyzer with options in a unit test;</li>
 *   <li>{@link dev.lede.testkit.RandomTexts} makes the texts that break analyzers;</li>
 *   <li>{@link dev.lede.testkit.FakeProvider} assembles a provider with given requirements and behaviour.</li>
 * </ul>
 * {@code examples/plugin-template} in Lede's repository is a complete plugin project to start from.
 */
package dev.lede.testkit;
