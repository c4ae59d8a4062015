package sample.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PoolWaitApp <stack>}: a pool of one connection, two threads each borrowing it ten times and holding it for
 * 50 ms: about half the borrowings wait for the other thread, and that wait is what the {@code pool} key shows.
 */
public final class PoolWaitApp {

    public static void main(String[] args) throws Exception {
        Stacks stack = Stacks.open(args[0], 1);
        try (Connection warmUp = stack.connect()) {
            warmUp.isValid(1);
        }
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 10; i++) {
                        try (Connection connection = stack.connect()) {
                            Thread.sleep(50);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "borrower-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        stack.close();
        System.out.println("pool done");
    }
}
