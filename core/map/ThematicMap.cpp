#include "ThematicMap.h"
