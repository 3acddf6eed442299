/* How long libxlsxwriter itself takes to write a long sheet shaped like icbgen's Data table
 * (docs/PERFORMANCE.md, "Workbooks at scale"): ROWS rows of 14 columns, 13 of them text
 * ("1 January 1950", "[x]", ...) and one a number, in constant-memory mode, with nothing of
 * icbgen around it. Prints the time spent in the cell writes and in workbook_close (which
 * assembles the sheet's XML and deflates it into the zip), and the file's size. Not a test.
 *
 *   cc -O2 bench/xlsx_cells.c $(pkg-config --cflags --libs xlsxwriter) -o /tmp/xlsx_cells
 *   /tmp/xlsx_cells [ROWS] [MODE] [OUT]
 *
 * MODE: "text" (default: the Data table as icbgen writes it, every label and [x] a string),
 * "numbers" (the same 14 cells per row, all numbers: what the cell writes cost without
 * strings), "empty" (the value column only: the fixed cost per row). OUT defaults to a file
 * in /tmp. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

static double seconds(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char** argv) {
    long rows = argc > 1 ? atol(argv[1]) : 1000000;
    const char* mode = argc > 2 ? argv[2] : "text";
    char out[256];
    snprintf(out, sizeof out, "%s", argc > 3 ? argv[3] : "/tmp/xlsx_cells_bench.xlsx");

    lxw_workbook_options options = {LXW_TRUE, "/tmp", LXW_FALSE};
    lxw_workbook* book = workbook_new_opt(out, &options);
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Data");
    lxw_format* top = workbook_add_format(book);
    format_set_align(top, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* wrap = workbook_add_format(book);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(wrap);
    lxw_format* decimal = workbook_add_format(book);
    format_set_align(decimal, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(decimal, "#,##0.0");

    static const char* months[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
    double wall0 = seconds(CLOCK_MONOTONIC), cpu0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    char period[32], area[16];
    for (long r = 0; r < rows; ++r) {
        lxw_row_t row = (lxw_row_t)(r + 4);
        long day = r / 42;
        int a = (int)(r % 42);
        double value = (double)(r % 600) / 10 + a * 0.5;
        if (strcmp(mode, "empty") == 0) {
            worksheet_write_number(sheet, row, 6, value, decimal);
            continue;
        }
        if (strcmp(mode, "numbers") == 0) {
            for (lxw_col_t c = 0; c < 14; ++c)
                worksheet_write_number(sheet, row, c, c == 6 ? value : (double)c, decimal);
            continue;
        }
        snprintf(period, sizeof period, "%ld %s %ld", day % 28 + 1, months[(day / 28) % 12],
                 1950 + day / 336);
        if (a < 3)
            snprintf(area, sizeof area, "%s", a == 0 ? "SEL" : a == 1 ? "London" : "England");
        else
            snprintf(area, sizeof area, "Area %02d", a - 2);
        worksheet_write_string(sheet, row, 0, "adult-depression-prevalence", top);
        worksheet_write_string(sheet, row, 1, "Adults with depression (QOF prevalence)", wrap);
        worksheet_write_string(sheet, row, 2, period, top);
        worksheet_write_string(sheet, row, 3, area, wrap);
        worksheet_write_string(sheet, row, 4, "[z]", top);
        worksheet_write_string(sheet, row, 5, "All", wrap);
        worksheet_write_number(sheet, row, 6, value, decimal);
        worksheet_write_string(sheet, row, 7, "%", top);
        for (lxw_col_t c = 8; c < 12; ++c) worksheet_write_string(sheet, row, c, "[x]", top);
        worksheet_write_string(sheet, row, 12, "[z]", wrap);
        worksheet_write_string(sheet, row, 13, "Synthetic series", wrap);
    }
    double wall1 = seconds(CLOCK_MONOTONIC), cpu1 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    lxw_error error = workbook_close(book);
    double wall2 = seconds(CLOCK_MONOTONIC), cpu2 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "workbook_close: %s\n", lxw_strerror(error));
        return 1;
    }
    FILE* f = fopen(out, "rb");
    long size = 0;
    if (f) {
        fseek(f, 0, SEEK_END);
        size = ftell(f);
        fclose(f);
    }
    printf(
        "%ld rows, %s: cell writes %.2f s CPU (%.2f s wall), workbook_close %.2f s CPU "
        "(%.2f s wall), %.1f MB\n",
        rows, mode, cpu1 - cpu0, wall1 - wall0, cpu2 - cpu1, wall2 - wall1, size / 1e6);
    if (argc <= 3) unlink(out);
    return 0;
}
