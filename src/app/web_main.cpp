// The web page: SDL2 + WebGL2 (OpenGL ES 3) + Dear ImGui, driven by
// emscripten_set_main_loop. The canvas follows its CSS size, its backing
// store at devicePixelRatio.
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <cstdio>

#include "world/threads.h"
#include "app/app.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"

namespace {
SDL_Window* g_window = nullptr;
SDL_GLContext g_gl = nullptr;

// The system clipboard is the browser's (SDL's is private to the page).
// ImGui's copy writes it through web/clipboard.js; a paste comes as the
// browser's paste event (web/clipboard.js -> ts_paste -> the code panel), so
// ImGui's own Ctrl+V finds nothing to paste.
const char* get_clipboard(void*) { return ""; }
void set_clipboard(void*, const char* text) {
  EM_ASM({ if (window.turnstile && window.turnstile.writeClipboard) window.turnstile.writeClipboard(UTF8ToString($0)); },
         text);
}

void fit_canvas() {
  double cw = 0, ch = 0;
  if (emscripten_get_element_css_size("#canvas", &cw, &ch) != EMSCRIPTEN_RESULT_SUCCESS) return;
  int w = static_cast<int>(cw), h = static_cast<int>(ch);
  if (w < 64 || h < 64) return;
  int cur_w = 0, cur_h = 0;
  SDL_GetWindowSize(g_window, &cur_w, &cur_h);
  if (cur_w != w || cur_h != h) SDL_SetWindowSize(g_window, w, h);
}

void main_loop() {
  fit_canvas();
  SDL_Event ev;
  while (SDL_PollEvent(&ev)) ImGui_ImplSDL2_ProcessEvent(&ev);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ts::app::the_app().before_new_frame();
  ImGui::NewFrame();
  ts::app::the_app().frame();
  ImGui::Render();
  int dw = 0, dh = 0;
  SDL_GL_GetDrawableSize(g_window, &dw, &dh);
  glViewport(0, 0, dw, dh);
  glClearColor(0.086f, 0.094f, 0.118f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g_window);
}
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void ts_paste(const char* text) { ts::app::the_app().paste(text ? text : ""); }

int main(int, char**) {
  ts::world::register_modules();
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
  double cw = 1280, ch = 800;
  emscripten_get_element_css_size("#canvas", &cw, &ch);
  g_window = SDL_CreateWindow("Turnstile", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                              cw > 64 ? static_cast<int>(cw) : 1280, ch > 64 ? static_cast<int>(ch) : 800,
                              SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!g_window) {
    std::fprintf(stderr, "SDL_CreateWindow: %s\n", SDL_GetError());
    return 1;
  }
  g_gl = SDL_GL_CreateContext(g_window);
  if (!g_gl) {
    std::fprintf(stderr, "SDL_GL_CreateContext: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(g_window, g_gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  // HiDPI: SDL sizes the canvas's backing store at devicePixelRatio (its
  // CSS size stays), ImGui draws at that scale, the fonts are made for it.
  ts::app::the_app().init_ui(static_cast<float>(emscripten_get_device_pixel_ratio()));
  // Scripts run in the page's Web Worker (web/runner.js, engine_main.cpp);
  // the first preset has already run here, before the first frame.
  ts::app::the_app().set_run_backend(
      [](const ts::app::App::RunRequest& r) {
        // the code as bytes: a NUL in it is the script's (and a SyntaxError), not its end
        EM_ASM({ window.turnstile.startRun($0, HEAPU8.slice($1, $1 + $2), UTF8ToString($3), $4, $5, $6); },
               static_cast<double>(r.id), r.code.data(), static_cast<int>(r.code.size()), r.file.c_str(),
               static_cast<double>(r.seed), static_cast<double>(r.max_steps), r.max_wall);
      },
      [] { EM_ASM({ window.turnstile.stopRun(); }); });
  ImGui_ImplSDL2_InitForOpenGL(g_window, g_gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  ImGui::GetIO().GetClipboardTextFn = get_clipboard;
  ImGui::GetIO().SetClipboardTextFn = set_clipboard;

  emscripten_set_main_loop(main_loop, 0, true);
  return 0;
}
