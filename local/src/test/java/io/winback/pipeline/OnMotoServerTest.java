package io.winback.pipeline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same pipeline against moto_server, started here as a process: the functions talk to an AWS-compatible
 * endpoint over HTTP, as they do in the cloud. moto_server is preinstalled on this machine kind; where it is not on
 * the PATH these tests are skipped, and say so.
 */
class OnMotoServerTest extends PipelineScenarios {
    private static MotoServer moto;

    @BeforeAll
    static void startMoto() throws Exception {
        Assumptions.assumeTrue(MotoServer.installed(), "moto_server is not on the PATH");
        moto = MotoServer.start();
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    @Override
    Backend backend() {
        return moto;
    }
}
