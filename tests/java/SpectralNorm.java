// The Benchmarks Game's spectral-norm: the largest singular value of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to n×n, by ten rounds of the power method.
// islet-test: args=100
public class SpectralNorm {
    static double a(int i, int j) {
        int sum = i + j;
        return 1.0 / (sum * (sum + 1) / 2 + i + 1);
    }

    static void multiplyAv(double[] v, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += a(i, j) * v[j];
            }
            out[i] = sum;
        }
    }

    static void multiplyAtv(double[] v, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += a(j, i) * v[j];
            }
            out[i] = sum;
        }
    }

    // out = transpose(A) * A * v, using tmp for A * v.
    static void multiplyAtAv(double[] v, double[] out, double[] tmp) {
        multiplyAv(v, tmp);
        multiplyAtv(tmp, out);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < 10; i++) {
            multiplyAtAv(u, v, tmp);
            multiplyAtAv(v, u, tmp);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.printf("%.9f%n", Math.sqrt(vBv / vv));
    }
}
