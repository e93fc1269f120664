// The post office as a textbook queue: with Poisson arrivals, exponential service and every
// road instantaneous, the measured waits must match M/M/1 and M/M/c (Erlang C) theory.
#include "scenario/scenario_run.h"
#include "support/spec_builder.h"

#include <gtest/gtest.h>

#include <cmath>

namespace postie {
namespace {

using testing::poisson;
using testing::simpleChain;

RunSummary runOutgoingQueue(int workers, double arrivalsPerSecond, SimTime meanService, SimTime length)
{
    ScenarioSpec spec = simpleChain(SimTime::zero());
    spec.seed = 2024;
    spec.stations[1].workers = workers;
    spec.stations[1].service = Distribution::exponential(meanService);
    spec.generators = {poisson(arrivalsPerSecond, SimTime::zero(), length)};
    ScenarioRun run(spec);
    run.runToEnd();
    return run.world().summary();
}

// Erlang C: the probability an arrival has to wait in an M/M/c queue.
double erlangC(int c, double offered)
{
    double term = 1.0, sum = 1.0;
    for (int k = 1; k < c; ++k) {
        term *= offered / k;
        sum += term;
    }
    const double last = term * offered / c;
    const double rho = offered / c;
    const double top = last / (1 - rho);
    return top / (sum + top);
}

TEST(QueueingTheory, AnMM1PostOfficeWaitsAsTheFormulaSays)
{
    // lambda 0.8/s, mean service 1 s: Wq = rho / (mu - lambda) = 4.0 s, W = 5.0 s.
    const RunSummary s = runOutgoingQueue(1, 0.8, SimTime::fromSeconds(1), SimTime::fromSeconds(250000));
    ASSERT_EQ(s.inFlight, 0u);
    ASSERT_GT(s.delivered, 150000u);
    EXPECT_NEAR(s.stations.at("smtp.sender.test").meanWaitS, 4.0, 0.2);
    EXPECT_NEAR(s.latency.mean, 5.0, 0.25);
    EXPECT_NEAR(s.stations.at("smtp.sender.test").busy, 0.8, 0.02);
}

TEST(QueueingTheory, AnMMcPostOfficeWaitsAsErlangCSays)
{
    // c = 3 clerks, lambda 2.4/s, mean service 1 s: Wq = C(c, a) / (c mu - lambda).
    const int c = 3;
    const double lambda = 2.4;
    const double expectedWait = erlangC(c, lambda) / (c * 1.0 - lambda);
    const RunSummary s = runOutgoingQueue(c, lambda, SimTime::fromSeconds(1), SimTime::fromSeconds(100000));
    ASSERT_EQ(s.inFlight, 0u);
    EXPECT_NEAR(s.stations.at("smtp.sender.test").meanWaitS, expectedWait, 0.05 * expectedWait);
    EXPECT_NEAR(s.latency.mean, expectedWait + 1.0, 0.05 * (expectedWait + 1.0));
}

} // namespace
} // namespace postie
