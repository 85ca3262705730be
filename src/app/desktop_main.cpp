// The desktop window: SDL2 + OpenGL 3 + Dear ImGui, the same App as the page.
//   turnstile_desktop [--frames N]   (N: quit after N frames, for smoke tests)
#include <SDL.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "world/threads.h"
#include "app/app.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"

namespace {
// The few GL entry points used here, loaded through SDL (no libGL link).
using PFN_Viewport = void (*)(int, int, int, int);
using PFN_ClearColor = void (*)(float, float, float, float);
using PFN_Clear = void (*)(unsigned int);
constexpr unsigned int kColorBufferBit = 0x00004000;
}  // namespace

int main(int argc, char** argv) {
  ts::world::register_modules();
  long max_frames = -1;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc) max_frames = std::strtol(argv[++i], nullptr, 10);
  }
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_Window* window = SDL_CreateWindow("Turnstile", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1400, 900,
                                        SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!window) {
    std::fprintf(stderr, "SDL_CreateWindow: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GLContext gl = SDL_GL_CreateContext(window);
  if (!gl) {
    std::fprintf(stderr, "SDL_GL_CreateContext: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(window, gl);
  SDL_GL_SetSwapInterval(1);
  auto gl_viewport = reinterpret_cast<PFN_Viewport>(SDL_GL_GetProcAddress("glViewport"));
  auto gl_clear_color = reinterpret_cast<PFN_ClearColor>(SDL_GL_GetProcAddress("glClearColor"));
  auto gl_clear = reinterpret_cast<PFN_Clear>(SDL_GL_GetProcAddress("glClear"));

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ts::app::the_app().init_ui();
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init("#version 150");

  bool quit = false;
  for (long frame = 0; !quit && (max_frames < 0 || frame < max_frames); ++frame) {
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {
      ImGui_ImplSDL2_ProcessEvent(&ev);
      if (ev.type == SDL_QUIT) quit = true;
      if (ev.type == SDL_WINDOWEVENT && ev.window.event == SDL_WINDOWEVENT_CLOSE &&
          ev.window.windowID == SDL_GetWindowID(window))
        quit = true;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ts::app::the_app().before_new_frame();
    ImGui::NewFrame();
    ts::app::the_app().frame();
    ImGui::Render();
    int dw = 0, dh = 0;
    SDL_GL_GetDrawableSize(window, &dw, &dh);
    gl_viewport(0, 0, dw, dh);
    gl_clear_color(0.086f, 0.094f, 0.118f, 1.0f);
    gl_clear(kColorBufferBit);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(window);
  }
  if (max_frames >= 0) std::printf("%s\n", ts::app::the_app().state_json().c_str());

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(gl);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}
