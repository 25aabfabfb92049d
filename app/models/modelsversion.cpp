#include "modelsversion.h"
