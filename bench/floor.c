/* The floor for `make bench`: the back-stretches sheet (examples/back-stretches.yaml, classic
 * layout, two A4-ish Letter pages) drawn by hand with cairo and Pango, with no parsing, layout
 * engine or checks. RepSheet's whole-process numbers are printed as ratios to this program's.
 *
 *   floor FONTS pdf OUT.pdf            one sheet
 *   floor FONTS png OUT                OUT-1.png, OUT-2.png at 150 dpi
 *   floor FONTS batch N OUTDIR         N sheets, one client name each, one after another
 *
 * Built by scripts/bench.sh: cc -O2 bench/floor.c $(pkg-config --cflags --libs pangocairo pangoft2 fontconfig)
 */
#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_W 612.0
#define PAGE_H 792.0
#define MARGIN 54.0
#define INK 0.10, 0.16, 0.22
#define ACCENT 0.16, 0.36, 0.45

typedef struct {
    const char *name, *dose, *text;
    int boxes, sides;
} Step;

static const Step steps[] = {
    {"Pelvic tilts", "Hold 5 s · 10 reps",
     "Lie on your back with knees bent. Tighten your stomach and press your low back flat into the floor, then relax.",
     10, 0},
    {"Knee to chest", "Hold 30 s · 3 reps · each side",
     "Lie on your back. Pull one knee toward your chest with both hands until you feel a gentle stretch in your low back.",
     3, 1},
    {"Trunk rotation", "Hold 30 s · 3 reps · each side",
     "Lie on your back with knees bent and together. Let both knees fall slowly to one side while your shoulders stay flat.",
     3, 1},
    {"Quadratus lumborum (QL) stretch", "Hold 30 s · 3 reps · each side",
     "Sit tall. Reach one arm overhead and lean to the opposite side until you feel a stretch along your side and low back.",
     3, 1},
    {"Child’s pose (prayer stretch)", "Hold 30 s · 3 reps",
     "Kneel, sit back toward your heels and walk your hands forward on the floor, letting your back relax.", 3, 0},
    {"Cat/cow (cat/dog)", "Hold 5 s · 10 reps",
     "On hands and knees, slowly round your back up toward the ceiling, then let it sag as you lift your head.", 10, 0},
};
static const char *sections[] = {"Warm-up", "Lying down (bed, floor, or couch)", NULL, "Sitting", "Relax", NULL};

static PangoContext *context;

/* Draws `text` at (x, y) wrapped to `width`; returns its height. */
static double text(cairo_t *cr, const char *markup_free_text, const char *font, double size, double x, double y,
                   double width, double r, double g, double b) {
    PangoLayout *layout = pango_layout_new(context);
    PangoFontDescription *description = pango_font_description_from_string(font);
    pango_font_description_set_size(description, (int)(size * PANGO_SCALE));
    pango_layout_set_font_description(layout, description);
    pango_font_description_free(description);
    if (width > 0) {
        pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
    }
    pango_layout_set_text(layout, markup_free_text, -1);
    int w, h;
    pango_layout_get_size(layout, &w, &h);
    cairo_set_source_rgb(cr, r, g, b);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    g_object_unref(layout);
    return (double)h / PANGO_SCALE;
}

static void tick_boxes(cairo_t *cr, double x, double y, int count) {
    cairo_set_source_rgb(cr, 0.45, 0.5, 0.55);
    cairo_set_line_width(cr, 0.8);
    for (int i = 0; i < count; i++) {
        double bx = x + (i % 5) * 16, by = y + (i / 5) * 16;
        cairo_rectangle(cr, bx, by, 12, 12);
    }
    cairo_stroke(cr);
}

static void rule(cairo_t *cr, double y, double width, double r, double g, double b) {
    cairo_set_source_rgb(cr, r, g, b);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, MARGIN, y);
    cairo_line_to(cr, PAGE_W - MARGIN, y);
    cairo_stroke(cr);
}

static double step(cairo_t *cr, int index, double y) {
    const Step *s = &steps[index];
    char number[8];
    snprintf(number, sizeof number, "%d", index + 1);
    cairo_set_source_rgb(cr, ACCENT);
    cairo_arc(cr, MARGIN + 9, y + 8, 8, 0, 6.2832);
    cairo_fill(cr);
    text(cr, number, "Atkinson Hyperlegible Bold", 9, MARGIN + 6, y + 2, 0, 1, 1, 1);
    double x = MARGIN + 30;
    y += text(cr, s->name, "Atkinson Hyperlegible Bold", 12, x, y, 300, INK) + 2;
    y += text(cr, s->dose, "Atkinson Hyperlegible Bold", 9.5, x, y, 300, ACCENT) + 2;
    double h = text(cr, s->text, "Atkinson Hyperlegible", 10, x, y, 300, INK);
    if (s->sides) {
        text(cr, "Left", "Atkinson Hyperlegible Bold", 9, 420, y - 30, 0, INK);
        text(cr, "Right", "Atkinson Hyperlegible Bold", 9, 420, y - 12, 0, INK);
        tick_boxes(cr, 460, y - 30, s->boxes);
        tick_boxes(cr, 460, y - 12, s->boxes);
    } else {
        tick_boxes(cr, 460, y - 30, s->boxes);
    }
    y += h + 14;
    rule(cr, y - 6, 0.5, 0.85, 0.87, 0.9);
    return y;
}

static double section(cairo_t *cr, const char *title, double y) {
    double h = text(cr, title, "Atkinson Hyperlegible Bold", 13, MARGIN, y, 0, ACCENT);
    rule(cr, y + h + 3, 1.2, ACCENT);
    return y + h + 14;
}

static void footer(cairo_t *cr, int page) {
    char label[32];
    snprintf(label, sizeof label, "Page %d of 2", page);
    rule(cr, PAGE_H - 44, 0.5, 0.7, 0.72, 0.75);
    text(cr, "Riverside Physical Therapy", "Atkinson Hyperlegible", 8, MARGIN, PAGE_H - 38, 0, INK);
    text(cr, label, "Atkinson Hyperlegible", 8, PAGE_W - MARGIN - 50, PAGE_H - 38, 0, INK);
}

static void page_one(cairo_t *cr, const char *client) {
    double y = MARGIN;
    y += text(cr, "RIVERSIDE PHYSICAL THERAPY", "Atkinson Hyperlegible Bold", 8, MARGIN, y, 0, ACCENT) + 4;
    y += text(cr, "Back Stretches", "Atkinson Hyperlegible Bold", 26, MARGIN, y, 0, INK);
    y += text(cr, "Relief for general back pain and stiffness", "Atkinson Hyperlegible", 11, MARGIN, y, 0, 0.35, 0.4,
              0.45) + 14;
    text(cr, "Name", "Atkinson Hyperlegible Bold", 9, MARGIN, y, 0, INK);
    text(cr, client, "Atkinson Hyperlegible", 10, MARGIN + 36, y, 0, INK);
    text(cr, "Date", "Atkinson Hyperlegible Bold", 9, 370, y, 0, INK);
    text(cr, "2026-12-01", "Atkinson Hyperlegible", 10, 400, y, 0, INK);
    y += 16;
    cairo_set_source_rgb(cr, INK);
    cairo_set_line_width(cr, 0.6);
    cairo_move_to(cr, MARGIN + 34, y); cairo_line_to(cr, 340, y);
    cairo_move_to(cr, 398, y); cairo_line_to(cr, PAGE_W - MARGIN, y);
    cairo_stroke(cr);
    y += 16;
    cairo_set_source_rgb(cr, 0.91, 0.94, 0.95);
    cairo_rectangle(cr, MARGIN, y, PAGE_W - 2 * MARGIN, 80);
    cairo_fill(cr);
    text(cr, "Hold most stretches for 30 seconds and do each one 3 times. Short on time? Still hold each stretch for "
             "30 seconds, but do fewer reps.", "Atkinson Hyperlegible", 10, MARGIN + 14, y + 12, 300, INK);
    text(cr, "HOW OFTEN", "Atkinson Hyperlegible Bold", 8, 400, y + 12, 0, ACCENT);
    text(cr, "Once or twice a day", "Atkinson Hyperlegible Bold", 11, 400, y + 24, 0, INK);
    tick_boxes(cr, 400, y + 46, 1);
    text(cr, "Tick a box each time you finish one rep.", "Atkinson Hyperlegible", 8.5, 418, y + 44, 120, 0.35, 0.4,
         0.45);
    y += 100;
    for (int i = 0; i < 3; i++) {
        if (sections[i]) y = section(cr, sections[i], y);
        y = step(cr, i, y);
    }
    footer(cr, 1);
}

static void page_two(cairo_t *cr, const char *client) {
    char running[128];
    snprintf(running, sizeof running, "Back Stretches — %s", client);
    double y = MARGIN;
    text(cr, running, "Atkinson Hyperlegible", 8, MARGIN, y, 0, INK);
    y += text(cr, "continued", "Atkinson Hyperlegible Italic", 8, PAGE_W - MARGIN - 40, y, 0, INK) + 16;
    for (int i = 3; i < 6; i++) {
        if (sections[i]) y = section(cr, sections[i], y);
        y = step(cr, i, y);
    }
    y = section(cr, "Notes", y + 6);
    text(cr, "Stop any stretch that causes sharp pain and check with your doctor or physical therapist.",
         "Atkinson Hyperlegible", 10, MARGIN + 8, y, PAGE_W - 2 * MARGIN - 16, INK);
    footer(cr, 2);
}

static void pdf(const char *path, const char *client) {
    cairo_surface_t *surface = cairo_pdf_surface_create(path, PAGE_W, PAGE_H);
    cairo_t *cr = cairo_create(surface);
    page_one(cr, client);
    cairo_show_page(cr);
    page_two(cr, client);
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
}

static void png(const char *base, double dpi) {
    double scale = dpi / 72.0;
    for (int page = 1; page <= 2; page++) {
        cairo_surface_t *surface =
            cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)(PAGE_W * scale), (int)(PAGE_H * scale));
        cairo_t *cr = cairo_create(surface);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_paint(cr);
        cairo_scale(cr, scale, scale);
        if (page == 1) page_one(cr, "Maria Lopez"); else page_two(cr, "Maria Lopez");
        cairo_destroy(cr);
        char path[4096];
        snprintf(path, sizeof path, "%s-%d.png", base, page);
        cairo_surface_write_to_png(surface, path);
        cairo_surface_destroy(surface);
    }
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: floor FONTS pdf OUT.pdf | png OUT | batch N OUTDIR\n");
        return 64;
    }
    /* The bundled fonts through a private configuration, as RepSheet loads them. */
    FcConfig *config = FcConfigCreate();
    const char *home = getenv("HOME");
    if (home) {
        char xml[4096];
        snprintf(xml, sizeof xml, "<fontconfig><cachedir>%s/.cache/repsheet</cachedir></fontconfig>", home);
        FcConfigParseAndLoadFromMemory(config, (const FcChar8 *)xml, FcFalse);
    }
    FcConfigAppFontAddDir(config, (const FcChar8 *)argv[1]);
    FcConfigSetCurrent(config);
    PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    context = pango_font_map_create_context(map);
    pango_context_set_round_glyph_positions(context, 0);
    pango_cairo_context_set_resolution(context, 72);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);

    if (strcmp(argv[2], "pdf") == 0) {
        pdf(argv[3], "Maria Lopez");
    } else if (strcmp(argv[2], "png") == 0) {
        png(argv[3], 150);
    } else if (strcmp(argv[2], "batch") == 0 && argc >= 5) {
        int count = atoi(argv[3]);
        for (int i = 1; i <= count; i++) {
            char client[64], path[4096];
            snprintf(client, sizeof client, "Client Number %d", i);
            snprintf(path, sizeof path, "%s/%s.pdf", argv[4], client);
            pdf(path, client);
        }
    } else {
        fprintf(stderr, "floor: unknown mode %s\n", argv[2]);
        return 64;
    }
    g_object_unref(context);
    g_object_unref(map);
    FcConfigDestroy(config);
    return 0;
}
