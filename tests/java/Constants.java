// Constants of every kind: iconst_m1..5, bipush, sipush, ldc/ldc_w (int, float, String, Class),
// ldc2_w (long, double), big and negative values. The 300 string literals in strings() fill the
// constant pool so that the constants used later need ldc_w.
public class Constants {
    static String[] strings() {
        return new String[] {
            "str0_a", "str1_bb", "str2_ccc", "str3_dddd", "str4_eeeee", "str5_f",
            "str6_gg", "str7_hhh", "str8_iiii", "str9_jjjjj", "str10_k", "str11_ll",
            "str12_mmm", "str13_nnnn", "str14_ooooo", "str15_p", "str16_qq", "str17_rrr",
            "str18_ssss", "str19_ttttt", "str20_u", "str21_vv", "str22_www", "str23_xxxx",
            "str24_yyyyy", "str25_z", "str26_aa", "str27_bbb", "str28_cccc", "str29_ddddd",
            "str30_e", "str31_ff", "str32_ggg", "str33_hhhh", "str34_iiiii", "str35_j",
            "str36_kk", "str37_lll", "str38_mmmm", "str39_nnnnn", "str40_o", "str41_pp",
            "str42_qqq", "str43_rrrr", "str44_sssss", "str45_t", "str46_uu", "str47_vvv",
            "str48_wwww", "str49_xxxxx", "str50_y", "str51_zz", "str52_aaa", "str53_bbbb",
            "str54_ccccc", "str55_d", "str56_ee", "str57_fff", "str58_gggg", "str59_hhhhh",
            "str60_i", "str61_jj", "str62_kkk", "str63_llll", "str64_mmmmm", "str65_n",
            "str66_oo", "str67_ppp", "str68_qqqq", "str69_rrrrr", "str70_s", "str71_tt",
            "str72_uuu", "str73_vvvv", "str74_wwwww", "str75_x", "str76_yy", "str77_zzz",
            "str78_aaaa", "str79_bbbbb", "str80_c", "str81_dd", "str82_eee", "str83_ffff",
            "str84_ggggg", "str85_h", "str86_ii", "str87_jjj", "str88_kkkk", "str89_lllll",
            "str90_m", "str91_nn", "str92_ooo", "str93_pppp", "str94_qqqqq", "str95_r",
            "str96_ss", "str97_ttt", "str98_uuuu", "str99_vvvvv", "str100_w", "str101_xx",
            "str102_yyy", "str103_zzzz", "str104_aaaaa", "str105_b", "str106_cc", "str107_ddd",
            "str108_eeee", "str109_fffff", "str110_g", "str111_hh", "str112_iii", "str113_jjjj",
            "str114_kkkkk", "str115_l", "str116_mm", "str117_nnn", "str118_oooo", "str119_ppppp",
            "str120_q", "str121_rr", "str122_sss", "str123_tttt", "str124_uuuuu", "str125_v",
            "str126_ww", "str127_xxx", "str128_yyyy", "str129_zzzzz", "str130_a", "str131_bb",
            "str132_ccc", "str133_dddd", "str134_eeeee", "str135_f", "str136_gg", "str137_hhh",
            "str138_iiii", "str139_jjjjj", "str140_k", "str141_ll", "str142_mmm", "str143_nnnn",
            "str144_ooooo", "str145_p", "str146_qq", "str147_rrr", "str148_ssss", "str149_ttttt",
            "str150_u", "str151_vv", "str152_www", "str153_xxxx", "str154_yyyyy", "str155_z",
            "str156_aa", "str157_bbb", "str158_cccc", "str159_ddddd", "str160_e", "str161_ff",
            "str162_ggg", "str163_hhhh", "str164_iiiii", "str165_j", "str166_kk", "str167_lll",
            "str168_mmmm", "str169_nnnnn", "str170_o", "str171_pp", "str172_qqq", "str173_rrrr",
            "str174_sssss", "str175_t", "str176_uu", "str177_vvv", "str178_wwww", "str179_xxxxx",
            "str180_y", "str181_zz", "str182_aaa", "str183_bbbb", "str184_ccccc", "str185_d",
            "str186_ee", "str187_fff", "str188_gggg", "str189_hhhhh", "str190_i", "str191_jj",
            "str192_kkk", "str193_llll", "str194_mmmmm", "str195_n", "str196_oo", "str197_ppp",
            "str198_qqqq", "str199_rrrrr", "str200_s", "str201_tt", "str202_uuu", "str203_vvvv",
            "str204_wwwww", "str205_x", "str206_yy", "str207_zzz", "str208_aaaa", "str209_bbbbb",
            "str210_c", "str211_dd", "str212_eee", "str213_ffff", "str214_ggggg", "str215_h",
            "str216_ii", "str217_jjj", "str218_kkkk", "str219_lllll", "str220_m", "str221_nn",
            "str222_ooo", "str223_pppp", "str224_qqqqq", "str225_r", "str226_ss", "str227_ttt",
            "str228_uuuu", "str229_vvvvv", "str230_w", "str231_xx", "str232_yyy", "str233_zzzz",
            "str234_aaaaa", "str235_b", "str236_cc", "str237_ddd", "str238_eeee", "str239_fffff",
            "str240_g", "str241_hh", "str242_iii", "str243_jjjj", "str244_kkkkk", "str245_l",
            "str246_mm", "str247_nnn", "str248_oooo", "str249_ppppp", "str250_q", "str251_rr",
            "str252_sss", "str253_tttt", "str254_uuuuu", "str255_v", "str256_ww", "str257_xxx",
            "str258_yyyy", "str259_zzzzz", "str260_a", "str261_bb", "str262_ccc", "str263_dddd",
            "str264_eeeee", "str265_f", "str266_gg", "str267_hhh", "str268_iiii", "str269_jjjjj",
            "str270_k", "str271_ll", "str272_mmm", "str273_nnnn", "str274_ooooo", "str275_p",
            "str276_qq", "str277_rrr", "str278_ssss", "str279_ttttt", "str280_u", "str281_vv",
            "str282_www", "str283_xxxx", "str284_yyyyy", "str285_z", "str286_aa", "str287_bbb",
            "str288_cccc", "str289_ddddd", "str290_e", "str291_ff", "str292_ggg", "str293_hhhh",
            "str294_iiiii", "str295_j", "str296_kk", "str297_lll", "str298_mmmm", "str299_nnnnn",
        };
    }

    static int[] ints() {
        return new int[] {-1, 0, 1, 2, 3, 4, 5, 6, -2, 127, -128, 128, -129, 32767, -32768, 32768, -32769,
                65535, 65536, 1000000, -1000000, 2147483647, -2147483648, 0x55aa55aa, 0xcafebabe};
    }

    static long[] longs() {
        return new long[] {0L, 1L, 2L, -1L, 127L, 65536L, 2147483648L, -2147483649L, 0x7fffffffffffffffL,
                0x8000000000000000L, 0x0123456789abcdefL, -81985529216486896L};
    }

    static float[] floats() {
        return new float[] {0f, 1f, 2f, 3f, -0f, -1f, 0.5f, 1e-10f, 3.4e38f, -1.5e-42f, 100f};
    }

    static double[] doubles() {
        return new double[] {0d, 1d, 2d, -0d, -1d, 0.25, 1e-300, 1.7e308, -4.9e-324, 6.02214076e23};
    }

    static final int CONST_INT = 0x10203040;
    static final long CONST_LONG = 0x1020304050607080L;
    static final String CONST_STR = "compile-time constant";
    static final double CONST_DOUBLE = 2.5e-5;
    static final char CONST_CHAR = '\u20ac';
    static final boolean CONST_BOOL = true;

    public static void main(String[] args) {
        String[] s = strings();
        int h = 0;
        for (String x : s) h = h * 31 + x.hashCode();
        System.out.println(s.length + " strings, hash " + h + ", first " + s[0] + ", last " + s[s.length - 1]);
        for (int v : ints()) System.out.print(v + " ");
        System.out.println();
        for (long v : longs()) System.out.print(v + " ");
        System.out.println();
        for (float v : floats()) System.out.print(v + " ");
        System.out.println();
        for (double v : doubles()) System.out.print(v + " ");
        System.out.println();
        System.out.println(CONST_INT + " " + CONST_LONG + " " + CONST_STR + " " + CONST_DOUBLE + " " + (int) CONST_CHAR
                + " " + CONST_BOOL);
        System.out.println("class constants: " + Constants.class.getName() + " " + String.class.getName() + " "
                + int[].class.getName() + " " + String[][].class.getName() + " " + int.class.getName() + " "
                + void.class.getName());
        System.out.println("literal identity: " + (s[0] == "str0_a") + " " + ("a" + "b" == "ab"));
        String u = "unicode: \u00e9\u00df\u4e2d\u6587 \ud83d\ude00 end";
        System.out.println(u + " length=" + u.length());
        System.out.println("escapes: tab[\t] quote[\"] backslash[\\] nul-length=" + "\0".length());
        char[] cs = {'a', '\n', '\uffff', '\u0000', 'Z'};
        for (char c : cs) System.out.print((int) c + " ");
        System.out.println();
        short sh = -32768;
        byte by = -128;
        System.out.println("short " + sh + " byte " + by);
    }
}
