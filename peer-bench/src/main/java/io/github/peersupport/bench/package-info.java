/** JMH benchmarks of the peer support library; run them with {@code peer-bench/run}. */
package io.github.peersupport.bench;
