// Umbrella header for the core asyncio API.
#pragma once
#include "core/async.h"
#include "core/callback.h"
#include "core/errors.h"
#include "core/future.h"
#include "core/loop.h"
#include "core/observer.h"
#include "core/primitives.h"
#include "core/taskgroups.h"
#include "core/tasks.h"
#include "core/timeouts.h"
